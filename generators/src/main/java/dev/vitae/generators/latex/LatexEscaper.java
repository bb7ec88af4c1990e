package dev.vitae.generators.latex;

import java.nio.charset.StandardCharsets;

/**
 * Turns arbitrary text into LaTeX that prints exactly that text and does nothing else, in one
 * pass, character by character:
 *
 * <ul>
 *   <li>the ten characters with a meaning to TeX ({@code \ { } $ & # % _ ^ ~}) and the three
 *       that print wrongly in running text ({@code < > |}) become commands or escaped forms;
 *   <li>control characters (U+0000 to U+001F but tab and newline, U+007F to U+009F), lone
 *       surrogates and non-characters are dropped: they stop xelatex or print garbage;
 *   <li>line breaks collapse, so the text never holds a blank line (which TeX reads as a
 *       paragraph break, an error inside most macro arguments), and never starts or ends with
 *       one (which could meet a line break of the template and make a blank line);
 *   <li>characters Latin Modern lacks are wrapped in {@code \cvfallback{...}} (DejaVu Sans),
 *       and emoji in {@code \cvemoji{key}{key}{text}} (twemojis), both defined by the
 *       document's preamble.
 * </ul>
 */
public final class LatexEscaper {

  private static final int LINE_SEPARATOR = 0x2028;
  private static final int PARAGRAPH_SEPARATOR = 0x2029;

  private LatexEscaper() {}

  /** The LaTeX for {@code text} in running text or in any macro argument. */
  public static String escape(String text) {
    return new Pass(true).run(text);
  }

  /**
   * The URL as the first argument of {@code \href}, safe even when that {@code \href} sits in
   * another command's argument: {@code %} and {@code #} are escaped, characters TeX or URLs
   * cannot take literally ({@code \ { } ^}, spaces, quotes, controls, non-ASCII) are
   * percent-encoded as UTF-8 (with the {@code %} escaped too: {@code \%20}), and
   * {@code ~ _ & ?} stay, since hyperref takes them as they are. It checks nothing: pass
   * only URLs {@code Links.isSafeUrl} accepts.
   */
  public static String escapeUrl(String url) {
    StringBuilder out = new StringBuilder(url.length() + 16);
    for (byte octet : url.getBytes(StandardCharsets.UTF_8)) {
      int c = octet & 0xFF;
      if (c == '%') {
        out.append("\\%");
      } else if (c == '#') {
        out.append("\\#");
      } else if (c <= ' ' || c >= 0x7F || "\\{}^\"<>|`".indexOf(c) >= 0) {
        // escaped like the author's own %: a bare % would start a TeX comment
        out.append("\\%").append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  /** One escaping pass over one text; it remembers the open font run and the line state. */
  private static final class Pass {

    private final boolean drawEmoji;
    private final StringBuilder out = new StringBuilder();
    private boolean inFallbackFont;
    /**
     * Everything written since the last line break is blank. True at the start too, so that
     * the text never starts with a line break.
     */
    private boolean lineBlank = true;
    /** Where the current line starts in {@code out}, to take back a blank line's spaces. */
    private int lineStart;

    Pass(boolean drawEmoji) {
      this.drawEmoji = drawEmoji;
    }

    String run(String text) {
      int index = 0;
      while (index < text.length()) {
        int codePoint = text.codePointAt(index);
        EmojiSequence emoji = drawEmoji ? EmojiSequence.at(text, index) : null;
        if (emoji != null) {
          String sequence = text.substring(index, index + emoji.length());
          visible("\\cvemoji{" + emoji.key() + "}{" + emoji.keyWithoutVariationSelector()
              + "}{" + new Pass(false).run(sequence) + "}");
          index += emoji.length();
          continue;
        }
        character(codePoint);
        index += Character.charCount(codePoint);
      }
      closeFallbackFont();
      if (lineBlank && lineStart > 0) {
        out.setCharAt(lineStart - 1, ' '); // the text ends in a line break: make it a space
      }
      return out.toString();
    }

    private void character(int c) {
      switch (c) {
        case '\\' -> visible("\\textbackslash{}");
        case '{' -> visible("\\{");
        case '}' -> visible("\\}");
        case '$' -> visible("\\$");
        case '&' -> visible("\\&");
        case '#' -> visible("\\#");
        case '%' -> visible("\\%");
        case '_' -> visible("\\_");
        case '^' -> visible("\\textasciicircum{}");
        case '~' -> visible("\\textasciitilde{}");
        case '<' -> visible("\\textless{}");
        case '>' -> visible("\\textgreater{}");
        case '|' -> visible("\\textbar{}");
        case '\n', LINE_SEPARATOR, PARAGRAPH_SEPARATOR -> lineBreak();
        case ' ', '\t' -> space(c);
        default -> {
          if (isDropped(c)) {
            return;
          }
          if (Glyphs.joinsPrevious(c)) {
            // stays in the font of the character it belongs to
          } else if (Glyphs.needsFallbackFont(c)) {
            openFallbackFont();
          } else {
            closeFallbackFont();
          }
          lineBlank = false;
          out.appendCodePoint(c);
        }
      }
    }

    private void visible(String latex) {
      closeFallbackFont();
      lineBlank = false;
      out.append(latex);
    }

    private void space(int c) {
      closeFallbackFont();
      out.appendCodePoint(c);
    }

    private void lineBreak() {
      closeFallbackFont();
      if (lineBlank) {
        out.setLength(lineStart); // a blank line: drop it and the spaces on it
        return;
      }
      out.append('\n');
      lineStart = out.length();
      lineBlank = true;
    }

    private void openFallbackFont() {
      if (!inFallbackFont) {
        out.append("\\cvfallback{");
        inFallbackFont = true;
      }
    }

    private void closeFallbackFont() {
      if (inFallbackFont) {
        out.append('}');
        inFallbackFont = false;
      }
    }

    private static boolean isDropped(int c) {
      return c < 0x20
          || (c >= 0x7F && c <= 0x9F)
          || Character.isSurrogate((char) c) && c <= 0xFFFF
          || (c >= 0xFDD0 && c <= 0xFDEF)
          || (c & 0xFFFE) == 0xFFFE;
    }
  }
}
