package dev.vitae.generators;

import dev.vitae.dsl.model.Resume;

/** Renders a checked CV into one output format. Same model in, same bytes out. */
public interface Generator {

  /** The file name extension of the output, without the dot: {@code tex}. */
  String extension();

  /** The whole document; never a partial one: rendering fails before anything is written. */
  String render(Resume cv);
}
