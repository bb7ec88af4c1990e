package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;

/**
 * A piece of the CV's builder code that knows how wide it is on one line, so that a call goes
 * on one line where it fits and breaks where it does not, as a person lays builder code out:
 * one call per line, long strings split into concatenated parts.
 */
interface Code {

  /** The column limit of the generated source, as in the rest of Vitae (Google Java Style). */
  int COLUMN_LIMIT = 100;

  /** The width of code that cannot stay on one line, such as a string with line breaks. */
  int MULTILINE = 1_000_000;

  /** How much deeper a continuation line sits than the line it continues. */
  int CONTINUATION = 4;

  /** Its width on one line, or {@link #MULTILINE}. */
  int width();

  /**
   * The width of its first line where it breaks: a lambda's {@code w -> w} before its calls.
   * An argument that does not fit on a line with this much goes on the next.
   */
  default int firstLineWidth() {
    return width();
  }

  /** The code on one line. */
  CodeBlock flat();

  /** The code laid out at {@code place}, to stay within the column limit where it can. */
  default CodeBlock at(Place place) {
    return flat();
  }

  /** The total width of {@code parts} on one line, with {@code separator} between them. */
  static int width(Iterable<? extends Code> parts, int separator) {
    long total = 0;
    int count = 0;
    for (Code part : parts) {
      total += part.width();
      count++;
    }
    return capped(total + (long) Math.max(0, count - 1) * separator);
  }

  /** {@code width}, or {@link #MULTILINE} when it is wider. */
  static int capped(long width) {
    return (int) Math.min(width, MULTILINE);
  }
}
