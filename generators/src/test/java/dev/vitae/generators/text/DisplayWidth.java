package dev.vitae.generators.text;

/** The columns a line of plain text takes, for tests of other modules (the examples'). */
public final class DisplayWidth {

  /** The widest a line of a plain-text CV may be. */
  public static final int LINE = Columns.WIDTH;

  private DisplayWidth() {}

  public static int of(String line) {
    return Columns.width(line);
  }
}
