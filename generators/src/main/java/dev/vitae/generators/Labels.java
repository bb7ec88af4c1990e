package dev.vitae.generators;

import com.ibm.icu.util.ULocale;
import dev.vitae.dsl.model.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words and date patterns an output adds around the CV's own text, in one language:
 * section headings, "Present", and how a month or a day is written. Built-in tables live in
 * {@code labels/<language>.properties}; a CV overrides any entry with
 * {@code .label(language, Label.X, text)}.
 */
public final class Labels {

  /** Whether {@code labels/} has a table for a tag, each looked up once per JVM. */
  private static final Map<String, Boolean> TABLES = new ConcurrentHashMap<>();

  /** The built-in labels by the tag asked for, each table read once per JVM. */
  private static final Map<String, Labels> BUILT_IN = new ConcurrentHashMap<>();

  public static final Labels ENGLISH = builtIn("en");

  private final Map<Label, String> values;

  private Labels(Map<Label, String> values) {
    this.values = Collections.unmodifiableMap(new EnumMap<>(values));
  }

  /**
   * The built-in labels of {@code language} (a BCP 47 tag), or of the closest language with a
   * table: "zh-Hans-CN" uses "zh-Hans", and so does "zh"; "zh-TW" uses "zh-Hant"; "pt" uses
   * "pt-BR". A language without any (Italian, say) gets English.
   */
  public static Labels builtIn(String language) {
    return BUILT_IN.computeIfAbsent(language, tag -> new Labels(table(tableFor(tag))));
  }

  /** True when Vitae has a table of its own for {@code language}. */
  public static boolean hasBuiltIn(String language) {
    return TABLES.computeIfAbsent(language,
        tag -> Labels.class.getResource(resource(tag)) != null);
  }

  /** These labels with the CV's {@code overrides}. */
  public Labels with(Map<Label, String> overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    Map<Label, String> merged = new EnumMap<>(values);
    merged.putAll(overrides);
    return new Labels(merged);
  }

  /** The word or pattern for {@code label}. */
  public String get(Label label) {
    return values.get(label);
  }

  /** The end of an ongoing range: "Present". */
  public String present() {
    return get(Label.PRESENT);
  }

  public String monthFormat() {
    return get(Label.MONTH_FORMAT);
  }

  public String dayFormat() {
    return get(Label.DAY_FORMAT);
  }

  public String yearFormat() {
    return get(Label.YEAR_FORMAT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Labels labels && labels.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  private static Map<Label, String> table(String tag) {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(resource(tag));
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    Map<Label, String> map = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      String value = properties.getProperty(label.name());
      if (value == null) {
        throw new IllegalStateException(resource(tag) + " lacks " + label);
      }
      map.put(label, value);
    }
    return map;
  }

  /**
   * The tag of the table that serves {@code language}: the tag itself or a shorter form of it
   * ("de-CH" uses "de"), else a form of its likely full tag, which supplies the script a
   * Chinese tag leaves out ("zh-TW" is "zh-Hant-TW") and the region a bare language implies
   * ("pt" is "pt-Latn-BR"); English when none has a table.
   */
  private static String tableFor(String language) {
    for (String form : shorterForms(language)) {
      if (hasBuiltIn(form)) {
        return form; // ICU's likely subtags only for tags that need them
      }
    }
    List<String> candidates = new ArrayList<>();
    ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(language));
    String script = likely.getScript();
    String region = likely.getCountry();
    candidates.addAll(List.of(
        likely.getLanguage() + "-" + script + "-" + region,
        likely.getLanguage() + "-" + script,
        likely.getLanguage() + "-" + region));
    return candidates.stream().filter(Labels::hasBuiltIn).findFirst().orElse("en");
  }

  /** "zh-Hans-CN", "zh-Hans", "zh". */
  private static List<String> shorterForms(String tag) {
    List<String> forms = new ArrayList<>();
    for (String form = tag; !form.isEmpty();
        form = form.contains("-") ? form.substring(0, form.lastIndexOf('-')) : "") {
      forms.add(form);
    }
    return forms;
  }

  private static String resource(String language) {
    return "labels/" + language + ".properties";
  }
}
