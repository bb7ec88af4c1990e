package dev.vitae.generators;

import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import java.util.List;

/**
 * A CV as read in one of its languages: each text in that language (or its fallback), the
 * labels and dates of that language with the CV's own overrides.
 */
public final class Localized {

  private final Localization localization;
  private final String language;
  private final Labels labels;
  private final Dates dates;

  private Localized(Localization localization, String language) {
    this.localization = localization;
    this.language = language;
    this.labels = Labels.builtIn(language).with(localization.labelsFor(language));
    this.dates = Dates.of(labels, language);
  }

  /** {@code cv} in {@code language}, which must be one of the CV's languages. */
  public static Localized of(Resume cv, String language) {
    if (!cv.localization().languages().contains(language)) {
      throw new IllegalArgumentException(language + " is not a language of this CV: "
          + cv.localization().languages());
    }
    return new Localized(cv.localization(), language);
  }

  /** {@code cv} in its first language. */
  public static Localized primary(Resume cv) {
    return of(cv, cv.localization().primary());
  }

  /** The BCP 47 tag of this reading. */
  public String language() {
    return language;
  }

  /** All the CV's languages, its first one first. */
  public List<String> languages() {
    return localization.languages();
  }

  /** The language the CV's plain strings are written in. */
  public String primaryLanguage() {
    return localization.primary();
  }

  /** The text as this language reads it: its translation, or its fallback's text. */
  public String text(Text text) {
    return localization.textOf(text, language);
  }

  /**
   * The language {@link #text} is really in: this one, or the fallback that stood in. Outputs
   * mark such runs ({@code lang} in HTML).
   */
  public String languageOf(Text text) {
    return localization.languageOf(text, language);
  }

  public Labels labels() {
    return labels;
  }

  public Dates dates() {
    return dates;
  }
}
