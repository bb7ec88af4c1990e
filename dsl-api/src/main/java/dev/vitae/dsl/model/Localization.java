package dev.vitae.dsl.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The languages a CV is written in. The first is the language of its plain strings; every
 * other one needs a translation of each text, unless it falls back to another language.
 *
 * @param languages BCP 47 tags, the primary language first: {@code [en, zh-Hans]}
 * @param fallbacks for a language, the language whose text stands in where a translation is
 *     missing
 * @param labels the labels the CV overrides, in the order it gives them
 */
public record Localization(
    List<String> languages, Map<String, String> fallbacks, List<LabelOverride> labels) {

  public static final Localization ENGLISH = new Localization(List.of("en"), Map.of(), List.of());

  public Localization {
    languages = List.copyOf(languages);
    fallbacks = Collections.unmodifiableMap(new LinkedHashMap<>(fallbacks));
    labels = List.copyOf(labels);
  }

  /** The labels this CV overrides for {@code language}; a later override wins. */
  public Map<Label, String> labelsFor(String language) {
    Map<Label, String> overrides = new EnumMap<>(Label.class);
    for (LabelOverride override : labels) {
      if (override.language().equals(language)) {
        overrides.put(override.label(), override.text());
      }
    }
    return overrides;
  }

  /** The language of the CV's plain strings. */
  public String primary() {
    return languages.get(0);
  }

  public boolean isMultilingual() {
    return languages.size() > 1;
  }

  /**
   * The text in {@code language}: its translation, else the text of the fallback language
   * (followed as far as it leads), else the primary text.
   */
  public String textOf(Text text, String language) {
    return text.in(languageOf(text, language));
  }

  /** The language {@link #textOf} takes the text from: the one asked for, or a fallback. */
  public String languageOf(Text text, String language) {
    String wanted = language;
    for (int hops = 0; hops <= languages.size(); hops++) {
      if (wanted.equals(primary()) || text.has(wanted)) {
        return wanted;
      }
      wanted = fallbacks.getOrDefault(wanted, primary());
    }
    return primary();
  }

  /** One {@code .label(language, label, text)} of the CV. */
  public record LabelOverride(String language, Label label, String text) {}
}
