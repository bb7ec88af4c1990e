package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A string, escaped by JavaPoet. Too long for its line, it becomes a concatenation of parts
 * split after spaces (and after line breaks), one part per line:
 * <pre>{@code
 * .summary("Builds fast inference systems and writes "
 *     + "clear code.")
 * }</pre>
 */
record StringLiteral(String value) implements Code {

  /** Below this many columns for a part, splitting would only make a tall column of words. */
  private static final int NARROWEST_PART = 30;

  @Override
  public int width() {
    return Literal.of(flat()).width();
  }

  @Override
  public CodeBlock flat() {
    return CodeBlock.of("$S", value);
  }

  @Override
  public CodeBlock at(int indent, int column) {
    // Continuation lines start with "+ " one continuation deeper; a part leaves room for a
    // closing parenthesis or comma after it.
    int continued = indent + CONTINUATION + "+ ".length();
    if (fits(column) || COLUMN_LIMIT - continued < NARROWEST_PART) {
      return flat();
    }
    List<String> parts = split(COLUMN_LIMIT - column - 1, COLUMN_LIMIT - continued - 1);
    CodeBlock.Builder code = CodeBlock.builder().add("$S", parts.get(0)).add("$>$>");
    parts.subList(1, parts.size()).forEach(part -> code.add("\n+ $S", part));
    return code.add("$<$<").build();
  }

  /**
   * The value in parts whose literals are at most {@code first} columns wide for the first
   * part and {@code rest} for the others, split after a space or a line break. A word wider
   * than that stays whole.
   */
  private List<String> split(int first, int rest) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String word : words()) {
      int limit = parts.isEmpty() ? first : rest;
      boolean endsLine = part.length() > 0 && part.charAt(part.length() - 1) == '\n';
      if (part.length() > 0 && (endsLine || literalWidth(part + word) > limit)) {
        parts.add(part.toString());
        part.setLength(0);
      }
      part.append(word);
    }
    if (part.length() > 0 || parts.isEmpty()) {
      parts.add(part.toString());
    }
    return parts;
  }

  /** The value cut after every space and line break; joined again, they are the value. */
  private List<String> words() {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean nextIsBreak = i + 1 < value.length()
          && (value.charAt(i + 1) == ' ' || value.charAt(i + 1) == '\n');
      if ((c == ' ' && !nextIsBreak) || c == '\n') {
        words.add(value.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < value.length()) {
      words.add(value.substring(start));
    }
    return words;
  }

  private static int literalWidth(String text) {
    return CodeBlock.of("$S", text).toString().length();
  }
}
