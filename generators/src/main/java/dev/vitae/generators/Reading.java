package dev.vitae.generators;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.document.Document;

/**
 * One CV as read in one of its languages, shared by every format written from it: its
 * {@link Localized} texts and labels, and its {@link Document}, made at the first format that
 * asks and then reused, so a CV's markup is parsed and its dates worded once, not once per
 * format; and the themes its themed formats draw it with. Safe to share between threads.
 */
public final class Reading {

  private final Resume cv;
  private final Localized localized;
  private final Themes themes;
  private volatile Document document;

  private Reading(Resume cv, Localized localized, Themes themes) {
    this.cv = cv;
    this.localized = localized;
    this.themes = themes;
  }

  /** {@code cv} in {@code language}, which must be one of the CV's languages; Vitae's themes. */
  public static Reading of(Resume cv, String language) {
    return of(cv, language, Themes.BUILT_IN);
  }

  /** {@code cv} in {@code language}, drawn by the theme it names among {@code themes}. */
  public static Reading of(Resume cv, String language, Themes themes) {
    return new Reading(cv, Localized.of(cv, language), themes);
  }

  public Resume cv() {
    return cv;
  }

  public Localized localized() {
    return localized;
  }

  public Themes themes() {
    return themes;
  }

  /** The BCP 47 tag of this reading. */
  public String language() {
    return localized.language();
  }

  /** The presentation model; a document is immutable, so a race only makes it twice. */
  public Document document() {
    Document made = document;
    if (made == null) {
      made = Document.of(cv, localized);
      document = made;
    }
    return made;
  }
}
