package dev.vitae.generators.latex;

import java.util.Arrays;

/**
 * Which font of the LaTeX document draws a character. Latin Modern draws Latin text (the
 * themes' other main fonts, DejaVu Sans and its condensed cut, have every character of Latin
 * Modern's set this table gives); xeCJK hands the CJK blocks to Noto CJK by itself; everything
 * else must be wrapped in a fallback font, or it silently vanishes from the PDF: Greek,
 * Cyrillic, Hebrew, arrows, math operators and dingbats in DejaVu Sans, Arabic in DejaVu Sans
 * kept upright (its oblique has no Arabic), mathematical letters and digits (𝐀) in DejaVu
 * Math.
 */
final class Glyphs {

  /**
   * The code points every Latin Modern face the document uses (roman, sans and mono in all
   * their weights and sizes) has, read from the fonts' character maps. Greek is left out on
   * purpose: Latin Modern has the capitals but not the small letters, and a word set half in
   * one font and half in another looks broken.
   */
  private static final int[] LATIN_MODERN = ranges("""
      0020-007E 00A0-0131 0134-0137 0139-0148 014A-0165 0168-017F 018E 0192 01A0-01A1
      01AF-01B0 01CD-01D4 01D7-01DD 01E6-01E7 01EA-01EB 01F0 01F4-01F5 01FA-0201
      0204-0205 0208-0209 020C-020D 0210-0211 0214-0215 0218-021B 0237 0258-0259
      02BE-02BF 02C6-02C7 02D8-02DD 0300-0304 0306-030C 030F 0311 0323 0326 032E-0332
      0E3F 1E0C-1E0F 1E24-1E27 1E2A-1E2B 1E2E-1E2F 1E36-1E39 1E42-1E47 1E58-1E5D
      1E62-1E63 1E6C-1E6F 1E80-1E85 1E92-1E93 1E97 1EA0-1EF9 2010-2011 2013-2014 2016
      2018-201A 201C-201E 2020-2022 2026 2030 2039-203B 203D 203F-2040 2044-2046 2052
      2054 20A1 20A4 20A6 20A9 20AB-20AC 20B1 2103 2116-2117 211E 2126-2127 212E
      2190-2193 2212 2215 2217 221A 221E 2222 2300 2329-232A 2422-2423 25E6 266A
      26AD-26AE 27E6-27E7
      """);

  /** The blocks xeCJK puts in its CJK class and draws with the CJK font (as in xeCJK.sty). */
  private static final int[] CJK = ranges("""
      02EA-02EB 2E80-2FDF 2FF0-A4CF AC00-D7AF F900-FAFF FE10-FE1F FE30-FE4F FF00-FFEF
      16FE0-18D7F 1AFF0-1B2FF 1F200-1F2FF 20000-2A6DF 2A700-2EBEF 2F800-2FA1F 30000-3134F
      """);

  /** Arabic's blocks: DejaVu Sans draws them upright only. */
  private static final int[] ARABIC = ranges("""
      0600-06FF 0750-077F 08A0-08FF FB50-FDFF FE70-FEFF
      """);

  /** What DejaVu Sans lacks and DejaVu Math has: math letters and digits, angle brackets. */
  private static final int[] MATH = ranges("""
      2329-232A 1D400-1D7FF
      """);

  /** The fonts of a document, as the escaper switches between them. */
  enum Font {
    /** Latin Modern (or the theme's main font) and, by xeCJK's own choice, Noto CJK. */
    MAIN(""),
    /** DejaVu Sans. */
    FALLBACK("\\cvfallback{"),
    /** DejaVu Sans, upright whatever the surrounding shape. */
    UPRIGHT("\\cvupright{"),
    /** DejaVu Math. */
    MATH("\\cvmath{");

    private final String opening;

    Font(String opening) {
      this.opening = opening;
    }

    /** The command that starts a run in this font; "" for the main font. */
    String opening() {
      return opening;
    }
  }

  private Glyphs() {}

  /** The font that draws {@code codePoint}. */
  static Font fontOf(int codePoint) {
    if (contains(LATIN_MODERN, codePoint) || contains(CJK, codePoint)) {
      return Font.MAIN;
    }
    if (contains(MATH, codePoint)) {
      return Font.MATH;
    }
    return contains(ARABIC, codePoint) ? Font.UPRIGHT : Font.FALLBACK;
  }

  /**
   * The font of a character with the marks that follow it: its own, unless the main font
   * lacks one of the marks (stacked accents), then the fallback font, which has them.
   */
  static Font fontOf(int base, int[] marks) {
    Font font = fontOf(base);
    if (font == Font.MAIN && !contains(CJK, base)) {
      for (int mark : marks) {
        if (!contains(LATIN_MODERN, mark)) {
          return Font.FALLBACK;
        }
      }
    }
    return font;
  }

  /** True for CJK characters, which xeCJK may break a line between. */
  static boolean isCjk(int codePoint) {
    return contains(CJK, codePoint);
  }

  /**
   * Marks that belong to the character before them (accents, variation selectors, the zero
   * width joiner): they must stay in the same font run as that character.
   */
  static boolean joinsPrevious(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || codePoint == 0x200D;
  }

  private static boolean contains(int[] ranges, int codePoint) {
    // the first range answers for most text: printable ASCII in Latin Modern's table, and
    // everything before it (ASCII again) in the others
    if (codePoint < ranges[0]) {
      return false;
    }
    if (codePoint <= ranges[1]) {
      return true;
    }
    int found = Arrays.binarySearch(ranges, codePoint);
    if (found >= 0) {
      return true;
    }
    int insertion = -found - 1;
    return insertion % 2 == 1; // between a range's start and its end
  }

  /** "0020-007E 00A0" as sorted start/end pairs: {0x20, 0x7E, 0xA0, 0xA0}. */
  private static int[] ranges(String table) {
    return Arrays.stream(table.trim().split("\\s+"))
        .flatMapToInt(range -> {
          String[] ends = range.split("-");
          int start = Integer.parseInt(ends[0], 16);
          int end = Integer.parseInt(ends[ends.length - 1], 16);
          return java.util.stream.IntStream.of(start, end);
        })
        .toArray();
  }
}
