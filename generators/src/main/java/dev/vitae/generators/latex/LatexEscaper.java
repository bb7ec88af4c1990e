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
 *   <li>characters Latin Modern lacks are wrapped in the fallback font that has them
 *       ({@code \cvfallback}, {@code \cvupright}, {@code \cvmath}: see {@link Glyphs}), a
 *       letter with its marks staying together in one font, and emoji in
 *       {@code \cvemoji{key}{key}{text}} (twemojis), all defined by the document's preamble;
 *   <li>a long run of characters without a space gets places where a line may break
 *       ({@code \cvbreak{}}), so no word, address or hostile string runs off the page.
 * </ul>
 */
public final class LatexEscaper {

  /** The combining marks of a character that has none. */
  private static final int[] NO_MARKS = new int[0];
  private static final int LINE_SEPARATOR = 0x2028;
  private static final int PARAGRAPH_SEPARATOR = 0x2029;
  /**
   * A run of characters without a space longer than this gets break points; shorter ones,
   * words and most addresses, stay as typed.
   */
  private static final int LONG_RUN = 24;
  /** In a long run, a piece this long may end after punctuation: "materializedview.io/". */
  private static final int SHORT_RUN = 8;

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
    private Glyphs.Font font = Glyphs.Font.MAIN;
    /**
     * Everything written since the last line break is blank. True at the start too, so that
     * the text never starts with a line break.
     */
    private boolean lineBlank = true;
    /** Where the current line starts in {@code out}, to take back a blank line's spaces. */
    private int lineStart;
    /** Characters written since the last place a line may break. */
    private int run;
    /** The current run of characters without a space is longer than {@code LONG_RUN}. */
    private boolean longRun;
    /** The next character starts a run of characters without a space. */
    private boolean runStarts = true;

    Pass(boolean drawEmoji) {
      this.drawEmoji = drawEmoji;
    }

    String run(String text) {
      int index = 0;
      while (index < text.length()) {
        int codePoint = text.codePointAt(index);
        EmojiSequence emoji = drawEmoji ? EmojiSequence.at(text, index) : null;
        int next;
        if (emoji != null) {
          String sequence = text.substring(index, index + emoji.length());
          visible("\\cvemoji{" + emoji.key() + "}{" + emoji.keyWithoutVariationSelector()
              + "}{" + new Pass(false).run(sequence) + "}");
          next = index + emoji.length();
        } else {
          if (runStarts) {
            longRun = runLength(text, index) > LONG_RUN;
          }
          next = cluster(text, index, codePoint);
        }
        breakPoint(codePoint, next < text.length() ? text.codePointAt(next) : -1);
        index = next;
      }
      switchFont(Glyphs.Font.MAIN);
      if (lineBlank && lineStart > 0) {
        out.setCharAt(lineStart - 1, ' '); // the text ends in a line break: make it a space
      }
      return out.toString();
    }

    /**
     * Writes the character at {@code index} with the marks that belong to it, all in one
     * font; returns the index after them.
     */
    private int cluster(String text, int index, int base) {
      int end = index + Character.charCount(base);
      int marksStart = end;
      while (end < text.length() && Glyphs.joinsPrevious(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      // nearly every character has no marks: no stream for those, the escaper's hot path
      int[] marks = end == marksStart ? NO_MARKS : text.substring(marksStart, end).codePoints()
          .filter(mark -> !isDropped(mark)).toArray();
      if (character(base, marks)) {
        for (int mark : marks) {
          out.appendCodePoint(mark);
        }
      } else {
        for (int mark : marks) { // marks after a space or a dropped character stand alone
          character(mark, NO_MARKS);
        }
      }
      return end;
    }

    /** Writes one character; true when the marks after it may follow it as they are. */
    private boolean character(int c, int[] marks) {
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
        case '\n', LINE_SEPARATOR, PARAGRAPH_SEPARATOR -> {
          lineBreak();
          return false;
        }
        case ' ', '\t' -> {
          space(c);
          return false;
        }
        default -> {
          if (isDropped(c)) {
            return false;
          }
          switchFont(Glyphs.fontOf(c, marks));
          lineBlank = false;
          out.appendCodePoint(c);
          return true;
        }
      }
      return true;
    }

    /**
     * Lets a line break after {@code c} in a run of characters without spaces too long for a
     * narrow column, which would otherwise run off the page: after punctuation followed by a
     * letter or digit (a path's slashes, an address's dots), and anywhere after
     * {@code LONG_RUN} characters with no such place ("&&&&", a hash). Never between two
     * punctuation characters, so "https://" stays whole; shorter runs stay as typed.
     */
    private void breakPoint(int c, int next) {
      runStarts = endsRun(c) || c == '-';
      if (runStarts) {
        run = 0; // TeX and xeCJK break there themselves
        return;
      }
      run++;
      if (!longRun || next == -1 || endsRun(next)) {
        return;
      }
      if ((breaksAfter(c, next) && run >= SHORT_RUN) || run >= LONG_RUN) {
        switchFont(Glyphs.Font.MAIN);
        out.append("\\cvbreak{}");
        run = 0;
      }
    }

    /** How many code points the run starting at {@code index} has before a space or CJK. */
    private static int runLength(String text, int index) {
      int length = 0;
      for (int at = index; at < text.length() && length <= LONG_RUN;
          at += Character.charCount(text.codePointAt(at))) {
        int c = text.codePointAt(at);
        if (endsRun(c) || c == '-') {
          break;
        }
        length++;
      }
      return length;
    }

    private static boolean endsRun(int c) {
      return c == ' ' || c == '\t' || c == '\n' || c == LINE_SEPARATOR
          || c == PARAGRAPH_SEPARATOR || Glyphs.isCjk(c);
    }

    private void visible(String latex) {
      switchFont(Glyphs.Font.MAIN);
      lineBlank = false;
      out.append(latex);
    }

    private void space(int c) {
      switchFont(Glyphs.Font.MAIN);
      out.appendCodePoint(c);
    }

    private void lineBreak() {
      switchFont(Glyphs.Font.MAIN);
      if (lineBlank) {
        out.setLength(lineStart); // a blank line: drop it and the spaces on it
        return;
      }
      out.append('\n');
      lineStart = out.length();
      lineBlank = true;
    }

    private void switchFont(Glyphs.Font wanted) {
      if (wanted == font) {
        return;
      }
      if (font != Glyphs.Font.MAIN) {
        out.append('}');
      }
      out.append(wanted.opening());
      font = wanted;
    }

    /**
     * Punctuation a line may break after when a letter or digit follows: never a quote or an
     * apostrophe ("Tencent's"), nor a decimal point or comma between digits ("2.2").
     */
    private static boolean breaksAfter(int c, int next) {
      if ((c == '.' || c == ',') && !Character.isLetter(next)) {
        return false;
      }
      return "/\\.,;:?!&=+_|@#%~*>)]}".indexOf(c) >= 0 && Character.isLetterOrDigit(next);
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
