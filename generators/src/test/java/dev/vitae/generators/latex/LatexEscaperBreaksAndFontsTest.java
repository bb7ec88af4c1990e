package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Where the escaper lets a long run break, and which font it puts a character in.
 */
class LatexEscaperBreaksAndFontsTest {

  private static final String BREAK = "\\cvbreak{}";

  @Test
  void wordsAndShortAddressesStayAsTyped() {
    assertEquals("materializedview.io/p/x", LatexEscaper.escape("materializedview.io/p/x"));
    assertEquals("Donaudampfschifffahrt", LatexEscaper.escape("Donaudampfschifffahrt"));
    assertEquals("https://example.com", LatexEscaper.escape("https://example.com"));
  }

  @Test
  void aLongAddressBreaksAfterItsSlashesAndDotsNeverInsideHttpColonSlashSlash() {
    String latex = LatexEscaper.escape(
        "https://www.gabrielebartolini.it/articles/2024/cloud-native-postgres-series/");
    assertTrue(latex.startsWith("https://\\cvbreak{}www.gabrielebartolini.\\cvbreak{}it/"),
        latex);
    assertFalse(latex.contains(":" + BREAK) || latex.contains("/" + BREAK + "/"), latex);
    // TeX breaks after the hyphens by itself
    for (String piece : latex.split("\\\\cvbreak\\{\\}|-")) {
      assertTrue(piece.length() <= 24, piece);
    }
  }

  @Test
  void aRunWithNoPlaceToBreakBreaksEveryTwentyFourCharacters() {
    assertPiecesAtMost(24, LatexEscaper.escape("x".repeat(1000)), "x");
    assertPiecesAtMost(24, LatexEscaper.escape("&".repeat(600)), "\\&");
    assertPiecesAtMost(24, LatexEscaper.escape("://".repeat(200)), "x");
  }

  @Test
  void aLetterWithAccentsLatinModernLacksMovesWholeToTheFallbackFont() {
    assertEquals("\\cvfallback{Z\u0351\u0343}", LatexEscaper.escape("Z\u0351\u0343"));
    assertEquals("e\u0301", LatexEscaper.escape("e\u0301")); // Latin Modern has this one
  }

  @Test
  void mathematicalLettersAndArabicGetTheFontsThatHaveThem() {
    assertEquals("\\cvmath{𝐀𝐁}", LatexEscaper.escape("𝐀𝐁"));
    assertEquals("\\cvupright{مرحبا}", LatexEscaper.escape("مرحبا"));
    assertEquals("\\cvfallback{σ}", LatexEscaper.escape("σ"));
  }

  private static void assertPiecesAtMost(int most, String latex, String unit) {
    String[] pieces = latex.split("\\\\cvbreak\\{\\}");
    assertTrue(pieces.length > 1, latex);
    for (String piece : pieces) {
      int characters = unit.equals("x") ? piece.length() : piece.split(
          java.util.regex.Pattern.quote(unit), -1).length - 1;
      assertTrue(characters <= most, piece + " in " + Arrays.toString(pieces));
    }
  }
}
