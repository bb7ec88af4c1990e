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
   * A new, empty CV in {@code primary} (a BCP 47 tag: "zh-Hans", "de"), and translated into
   * {@code translations}: every text then needs a translation into each of them, unless the
   * CV declares a {@link ResumeBuilder#fallback fallback}. Outputs are written per language.
   *
   * <p>The parameter is not called {@code language}: problems name it by its name, and
   * {@code language} already names the CV's languages section.
   */
  public static ResumeBuilder cv(String primary, String... translations) {
    List<String> languages = new ArrayList<>();
    languages.add(primary);
    languages.addAll(Arrays.asList(translations));
    return new ResumeBuilder(languages);
  }

  /** A text with its translations, for the few setters that take a {@link Text}. */
  public static Text text(String value, Translation... translations) {
    return Text.of(value, translations);
  }
}
