package dev.vitae.dsl;

import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where a CV starts: {@code Vitae.cv()}. */
public final class Vitae {

  private Vitae() {}

  /** A new, empty CV in English. */
  public static ResumeBuilder cv() {
    return cv("en");
  }

  /**
   * A new, empty CV in {@code language} (a BCP 47 tag: "zh-Hans", "de"), and translated into
   * {@code translations}: every text then needs a translation into each of them, unless the
   * CV declares a {@link ResumeBuilder#fallback fallback}. Outputs are written per language.
   */
  public static ResumeBuilder cv(String language, String... translations) {
    List<String> languages = new ArrayList<>();
    languages.add(language);
    languages.addAll(Arrays.asList(translations));
    return new ResumeBuilder(languages);
  }

  /** A text with its translations, for the few setters that take a {@link Text}. */
  public static Text text(String value, Translation... translations) {
    return Text.of(value, translations);
  }
}
