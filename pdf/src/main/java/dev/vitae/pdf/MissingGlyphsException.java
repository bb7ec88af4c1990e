package dev.vitae.pdf;

import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** Text of the PDF holds characters that no available font draws: the PDF is not made. */
public final class MissingGlyphsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Integer> codePoints;

  MissingGlyphsException(SortedSet<Integer> codePoints) {
    super("no available font draws " + describe(codePoints));
    this.codePoints = List.copyOf(codePoints);
  }

  /** The characters, in code point order. */
  public List<Integer> codePoints() {
    return codePoints;
  }

  /** {@code U+1D400 𝐀, U+1F600 😀} */
  public static String describe(java.util.Collection<Integer> codePoints) {
    return codePoints.stream().map(FontCatalog::describe).collect(Collectors.joining(", "));
  }
}
