package dev.vitae.generators.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.EastAsianWidth;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text in a monospace terminal: how many columns a string takes (East Asian wide and fullwidth
 * characters two, combining marks none), and prose wrapped to a width where the language
 * allows a line to break: between words in English, between characters in Chinese or
 * Japanese, never inside a web address unless it is longer than a line, which is then broken
 * hard, as any word longer than a line is. Wrapping only moves spaces: every other character
 * stays, in order.
 */
final class Columns {

  private static final char LINE_SEPARATOR = '\u2028';
  private static final char PARAGRAPH_SEPARATOR = '\u2029';

  /** The width of a line of the plain-text CV. */
  static final int WIDTH = 80;

  /** Indentation must leave at least this many columns for the text itself. */
  static final int NARROWEST = 24;

  /** How a web or mail address starts, in lower case: any case of these starts one. */
  private static final List<String> ADDRESS_STARTS =
      List.of("https://", "http://", "mailto:", "www.");

  /** Line breakers by language, cloned for each use: a BreakIterator holds its text. */
  private static final Map<String, BreakIterator> LINE_BREAKERS = new ConcurrentHashMap<>();

  private Columns() {}

  /**
   * {@code text} safe to print: control characters (C0 but the line feed, DEL, C1) removed,
   * tabs as spaces, an unpaired surrogate as U+FFFD. Line feeds stay.
   */
  static String clean(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        clean.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        clean.append('\uFFFD');
      } else if (c == '\n') {
        clean.append(c);
      } else if (c == '\t') {
        clean.append(' ');
      } else if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  /** {@code text} cleaned and on one line: each run of white space one space, none at the ends. */
  static String oneLine(String text) {
    String clean = clean(text); // of the white space, only spaces and line breaks are left
    StringBuilder line = new StringBuilder(clean.length());
    boolean afterSpace = false;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      boolean space = c == ' ' || c == '\n' || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
      if (!space) {
        line.append(c);
      } else if (!afterSpace) {
        line.append(' ');
      }
      afterSpace = space;
    }
    return line.toString().strip();
  }

  /** The columns {@code text} takes in a monospace terminal. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      int columns = plainColumns(text.charAt(i));
      if (columns < 0) {
        return clusterColumns(text);
      }
      width += columns;
    }
    return width;
  }

  /**
   * The columns of a character of the blocks most CVs are written in, none of which joins the
   * characters around it into one grapheme cluster: 1 for Latin, Greek, Cyrillic and common
   * punctuation, 2 for CJK ideographs, kana and fullwidth forms; -1 for any other character,
   * whose width {@link #clusterColumns} finds.
   */
  static int plainColumns(char c) {
    if (c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0x2FF && c != 0xAD
        || c >= 0x370 && c <= 0x482 || c >= 0x48A && c <= 0x52F
        || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E
        || c >= 0x20A0 && c <= 0x20BF) {
      return 1;
    }
    if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x3029
        || c >= 0x3041 && c <= 0x3096 || c >= 0x30A1 && c <= 0x30FA
        || c >= 0xFF01 && c <= 0xFF60) {
      return 2;
    }
    return -1;
  }

  /** The columns of {@code text}, grapheme cluster by grapheme cluster. */
  static int clusterColumns(String text) {
    BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
    clusters.setText(text);
    int width = 0;
    for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
        start = end, end = clusters.next()) {
      width += clusterWidth(text.substring(start, end));
    }
    return width;
  }

  /**
   * The columns of one grapheme cluster: two if it is East Asian wide or fullwidth, an emoji
   * shown as a picture, or a flag; none if it is only marks or format characters; else one.
   */
  static int clusterWidth(String cluster) {
    int width = 0;
    boolean emoji = false;
    for (int i = 0; i < cluster.length(); ) {
      int c = cluster.codePointAt(i);
      i += Character.charCount(c);
      int eastAsian = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
      if (eastAsian == EastAsianWidth.WIDE || eastAsian == EastAsianWidth.FULLWIDTH
          || UCharacter.hasBinaryProperty(c, UProperty.REGIONAL_INDICATOR)) {
        return 2;
      }
      if (c == 0xFE0F) {
        emoji = true;
      } else if (!isZeroWidth(c)) {
        width = 1;
      }
    }
    return emoji && width > 0 ? 2 : width;
  }

  /** {@code text} followed by spaces up to {@code columns}. */
  static String pad(String text, int columns) {
    return text + " ".repeat(Math.max(0, columns - width(text)));
  }

  /** {@code text} wrapped to {@link #WIDTH} columns with no indentation. */
  static List<String> wrap(String text, String language) {
    return wrap(text, language, "", "");
  }

  /**
   * {@code text} (made one line first) as lines of at most {@link #WIDTH} columns, the first
   * starting with {@code first}, the others with {@code rest}; no line for an empty text. Breaks
   * where {@code language} allows; a word longer than a line fills lines by grapheme clusters.
   */
  static List<String> wrap(String text, String language, String first, String rest) {
    if (Math.max(width(first), width(rest)) > WIDTH - NARROWEST) {
      throw new IllegalArgumentException("an indentation leaves too little room: " + rest);
    }
    String line = oneLine(text);
    List<String> lines = new ArrayList<>();
    if (line.isEmpty()) {
      return lines;
    }
    if (width(first) + width(line) <= WIDTH) {
      lines.add(first + line); // it fits: no need to find where it may break
      return lines;
    }
    new Wrapper(lines, first, rest).wrap(line, breaks(line, language));
    return lines;
  }

  /**
   * Where a line may break: ICU's opportunities after a space or beside a character of a script
   * written without spaces, so a hyphenated or slashed word ("multi-tenant", "TCP/IP") stays
   * whole, as do web addresses; and never before a " · " separator.
   */
  private static List<Integer> breaks(String text, String language) {
    boolean[] inAddress = addresses(text);
    BreakIterator breaker = lineBreaker(language);
    breaker.setText(text);
    List<Integer> breaks = new ArrayList<>();
    for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
      if (at == text.length()
          || !inAddress[at] && !separatorAt(text, at) && betweenWordsOrCharacters(text, at)) {
        breaks.add(at);
      }
    }
    return breaks;
  }

  /**
   * True at each index inside a web or mail address (after its first character): an address
   * starts a word with "http://", "https://", "mailto:" or "www." in any case and runs to the
   * next white space; it needs a character after its start.
   */
  static boolean[] addresses(String text) {
    boolean[] inside = new boolean[text.length() + 1];
    int i = 0;
    while (i < text.length()) {
      int end = addressAt(text, i);
      if (end < 0) {
        i++;
        continue;
      }
      for (int at = i + 1; at < end; at++) {
        inside[at] = true;
      }
      i = end;
    }
    return inside;
  }

  /** The end of the address starting at {@code start}, or -1 when none starts there. */
  private static int addressAt(String text, int start) {
    if (wordBefore(text, start)) {
      return -1;
    }
    for (String opening : ADDRESS_STARTS) {
      if (startsWithIgnoringAsciiCase(text, start, opening)) {
        int end = start + opening.length();
        while (end < text.length() && !isAsciiWhiteSpace(text.charAt(end))) {
          end++;
        }
        return end > start + opening.length() ? end : -1;
      }
    }
    return -1;
  }

  private static boolean startsWithIgnoringAsciiCase(String text, int start, String lower) {
    if (start + lower.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = text.charAt(start + i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word ends before {@code index}, so that no word can start there: a letter, a
   * digit or "_" before it, or a letter or digit under the marks before it ("e" and an accent).
   * Decided as a regular expression's word boundary decides it, which looks under the marks
   * char by char, so the lines break where they always did.
   */
  private static boolean wordBefore(String text, int index) {
    if (index == 0) {
      return false;
    }
    int before = text.codePointBefore(index);
    if (before == '_' || Character.isLetterOrDigit(before)) {
      return true;
    }
    for (int at = index - 1; at >= 0; at--) {
      int c = text.codePointAt(at);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean betweenWordsOrCharacters(String text, int at) {
    int before = text.codePointBefore(at);
    return Character.isWhitespace(before) || isUnspaced(before)
        || isUnspaced(text.codePointAt(at));
  }

  /** A character of Chinese, Japanese, Thai and the like, where lines break between words. */
  private static boolean isUnspaced(int c) {
    int eastAsian = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
    int lineBreak = UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK);
    return eastAsian == EastAsianWidth.WIDE || eastAsian == EastAsianWidth.FULLWIDTH
        || lineBreak == UCharacter.LineBreak.IDEOGRAPHIC
        || lineBreak == UCharacter.LineBreak.COMPLEX_CONTEXT
        || lineBreak == UCharacter.LineBreak.CONDITIONAL_JAPANESE_STARTER;
  }

  /** A dot that separates words (" · "), which ends a line rather than starting one. */
  private static boolean separatorAt(String text, int at) {
    return text.startsWith("\u00B7 ", at) || text.startsWith("\u30FB ", at);
  }

  private static BreakIterator lineBreaker(String language) {
    return (BreakIterator) LINE_BREAKERS.computeIfAbsent(language == null ? "" : language,
        tag -> BreakIterator.getLineInstance(ULocale.forLanguageTag(tag))).clone();
  }

  /** Greedy filling: each piece between two breaks goes on the line if it fits. */
  private static final class Wrapper {

    private final List<String> lines;
    private final String rest;
    private String indent;
    private final StringBuilder line = new StringBuilder();
    /** The columns of {@link #line} without its trailing spaces, and with them. */
    private int filled;
    private int spanned;

    Wrapper(List<String> lines, String first, String rest) {
      this.lines = lines;
      this.indent = first;
      this.rest = rest;
    }

    void wrap(String text, List<Integer> breaks) {
      int start = 0;
      for (int end : breaks) {
        add(text.substring(start, end));
        start = end;
      }
      flush();
    }

    private int room() {
      return WIDTH - width(indent);
    }

    private void add(String piece) {
      String word = piece.stripTrailing();
      int columns = width(word);
      if (line.length() > 0 && spanned + columns > room()) {
        flush();
      }
      if (line.length() == 0 && columns > room()) {
        breakHard(word);
      } else {
        line.append(word);
        filled = spanned + columns;
      }
      line.append(piece, word.length(), piece.length());
      spanned = filled + width(piece.substring(word.length()));
    }

    /** A word wider than a line: as many grapheme clusters on each line as fit. */
    private void breakHard(String word) {
      BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
      clusters.setText(word);
      int columns = 0;
      for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
          start = end, end = clusters.next()) {
        String cluster = word.substring(start, end);
        int clusterColumns = clusterWidth(cluster);
        if (columns > 0 && columns + clusterColumns > room()) {
          flush();
          columns = 0;
        }
        line.append(cluster);
        columns += clusterColumns;
      }
      filled = columns;
    }

    private void flush() {
      String text = line.toString().stripTrailing();
      if (!text.isEmpty()) {
        lines.add(indent + text);
        indent = rest;
      }
      line.setLength(0);
      filled = 0;
      spanned = 0;
    }
  }

  private static boolean isZeroWidth(int c) {
    int type = UCharacter.getType(c);
    return type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK
        || type == UCharacter.FORMAT || c == 0x200B
        || (c >= 0x1160 && c <= 0x11FF); // Hangul medial vowels and final consonants
  }

}
