package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;

/** What every builder shares: the place in the CV its values go to. */
public abstract class Builder {

  private final Path path;

  Builder(Path path) {
    this.path = path;
  }

  /** Where this builder's values sit in the CV ({@code work[2]}); problems are reported there. */
  public final Path path() {
    return path;
  }

  /** The record this builder's values make. */
  abstract Record toModel();

  /** A text from a setter's arguments; a null value leaves the field unset. */
  static Text text(String value, Translation... translations) {
    return value == null ? null : Text.of(value, translations);
  }
}
