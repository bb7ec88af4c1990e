package dev.vitae.dsl;

import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;

/** Where a CV starts: {@code Vitae.cv()}. */
public final class Vitae {

  private Vitae() {}

  /** A new, empty CV. */
  public static ResumeBuilder cv() {
    return new ResumeBuilder();
  }

  /** A text with its translations, for the few setters that take a {@link Text}. */
  public static Text text(String value, Translation... translations) {
    return Text.of(value, translations);
  }
}
