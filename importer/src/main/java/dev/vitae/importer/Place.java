package dev.vitae.importer;

/**
 * Where a piece of code goes in the file: the indentation of the line it starts on, the column
 * it starts at, and how many characters follow it on its last line (the parentheses that close
 * the calls around it), which must fit too.
 */
record Place(int indent, int column, int trailing) {

  /** The start of a line indented by {@code indent}, with {@code trailing} characters after. */
  static Place lineStart(int indent, int trailing) {
    return new Place(indent, indent, trailing);
  }

  /** True when code {@code width} wide, put here, ends within the column limit. */
  boolean fits(int width) {
    return (long) column + width + trailing <= Code.COLUMN_LIMIT;
  }

  /** The start of a continuation line: one continuation deeper than this line. */
  Place continuation(int trailing) {
    return lineStart(indent + Code.CONTINUATION, trailing);
  }

  /** The same line from {@code column} on, with {@code trailing} characters after the code. */
  Place from(int column, int trailing) {
    return new Place(indent, column, trailing);
  }
}
