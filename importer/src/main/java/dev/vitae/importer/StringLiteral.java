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
    return literal(value);
  }

  @Override
  public CodeBlock at(Place place) {
    // Continuation lines start with "+ " one continuation deeper. Every part leaves room for
    // what follows the string, though only the last part's line has it.
    int continued = place.indent() + CONTINUATION + "+ ".length();
    int rest = COLUMN_LIMIT - continued - place.trailing();
    if (place.fits(width()) || rest < NARROWEST_PART) {
      return flat();
    }
    List<String> parts = split(COLUMN_LIMIT - place.column() - place.trailing(), rest);
    CodeBlock.Builder code = CodeBlock.builder().add(literal(parts.get(0))).add("$>$>");
    parts.subList(1, parts.size()).forEach(part -> code.add("\n+ $L", literal(part)));
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
    return literal(text).toString().length();
  }

  /**
   * {@code text} as a literal escaped by JavaPoet. JavaPoet writes the line and paragraph
   * separators U+2028 and U+2029 as they are and then breaks the line there, which would end
   * the literal; those two become Unicode escapes in literals of their own, concatenated with
   * the rest.
   */
  private static CodeBlock literal(String text) {
    List<CodeBlock> segments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2028' || c == '\u2029') {
        if (i > start) {
          segments.add(CodeBlock.of("$S", text.substring(start, i)));
        }
        segments.add(CodeBlock.of("$L", c == '\u2028' ? "\"\\u2028\"" : "\"\\u2029\""));
        start = i + 1;
      }
    }
    if (start < text.length() || segments.isEmpty()) {
      segments.add(CodeBlock.of("$S", text.substring(start)));
    }
    return CodeBlock.join(segments, " + ");
  }
}
