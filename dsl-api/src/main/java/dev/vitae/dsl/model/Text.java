package dev.vitae.dsl.model;

import java.util.List;
import java.util.Objects;

/**
 * A piece of CV prose in a small inline markup: {@code **bold**}, {@code *italic*},
 * {@code `code`} and {@code [links](https://example.com)}. Everything else is literal text;
 * each output format escapes it.
 *
 * <p>Every text field of the model is a {@code Text}, so translations into further languages
 * travel with the text they translate.
 */
public record Text(String value, List<Translation> translations) {

  public Text {
    Objects.requireNonNull(value, "value");
    translations = List.copyOf(translations);
  }

  public static Text of(String value, Translation... translations) {
    return new Text(value, List.of(translations));
  }

  /** True when this text has a translation into {@code language}. */
  public boolean has(String language) {
    return translations.stream().anyMatch(t -> t.language().equals(language));
  }

  /**
   * The translation into {@code language}; the text itself for any language without one
   * (the author's primary language among them).
   */
  public String in(String language) {
    return translations.stream()
        .filter(t -> t.language().equals(language))
        .map(Translation::value)
        .findFirst()
        .orElse(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
