package dev.vitae.generators;

import dev.vitae.dsl.model.Resume;

/** Renders a checked CV into one output format. Same model in, same bytes out. */
public interface Generator {

  /** The file name extension of the output, without the dot: {@code tex}. */
  String extension();

  /**
   * The whole document in {@code language}, one of the CV's languages; never a partial one:
   * rendering fails before anything is written.
   */
  String render(Resume cv, String language);

  /**
   * The whole document of {@code reading}: what {@link #render(Resume, String)} gives, but from
   * the reading every format of the CV shares, so its presentation model is made once, and
   * drawn by the theme the CV names among the reading's {@link Reading#themes() themes}. A
   * format that renders the {@link Reading#document() document} overrides this.
   */
  default String render(Reading reading) {
    return render(reading.cv(), reading.language());
  }

  /** The whole document in the CV's first language. */
  default String render(Resume cv) {
    return render(cv, cv.localization().primary());
  }
}
