package dev.vitae.generators;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.document.Document;

/**
 * One CV as read in one of its languages, shared by every format written from it: its
 * {@link Localized} texts and labels, and its {@link Document}, made at the first format that
 * asks and then reused, so a CV's markup is parsed and its dates worded once, not once per
 * format. Safe to share between threads.
 */
public final class Reading {

  private final Resume cv;
  private final Localized localized;
  private volatile Document document;

  private Reading(Resume cv, Localized localized) {
    this.cv = cv;
    this.localized = localized;
  }

  /** {@code cv} in {@code language}, which must be one of the CV's languages. */
  public static Reading of(Resume cv, String language) {
    return new Reading(cv, Localized.of(cv, language));
  }

  public Resume cv() {
    return cv;
  }

  public Localized localized() {
    return localized;
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
