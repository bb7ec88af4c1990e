package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatexEscaperTest {

  @Test
  void escapesEverySpecialCharacter() {
    Map<String, String> escapes = Map.ofEntries(
        Map.entry("\\", "\\textbackslash{}"),
        Map.entry("{", "\\{"),
        Map.entry("}", "\\}"),
        Map.entry("$", "\\$"),
        Map.entry("&", "\\&"),
        Map.entry("#", "\\#"),
        Map.entry("%", "\\%"),
        Map.entry("_", "\\_"),
        Map.entry("^", "\\textasciicircum{}"),
        Map.entry("~", "\\textasciitilde{}"),
        Map.entry("<", "\\textless{}"),
        Map.entry(">", "\\textgreater{}"),
        Map.entry("|", "\\textbar{}"));
    escapes.forEach((special, latex) -> assertEquals(latex, LatexEscaper.escape(special), special));
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertEquals("Jane Doe, Tech Lead (2021) -- \"quoted\" 'x' 中文“引号”",
        LatexEscaper.escape("Jane Doe, Tech Lead (2021) -- \"quoted\" 'x' 中文“引号”"));
  }

  @Test
  void killsInputAndHexNotation() {
    assertEquals("\\textbackslash{}input\\{/etc/passwd\\}", LatexEscaper.escape("\\input{/etc/passwd}"));
    assertEquals("\\textasciicircum{}\\textasciicircum{}5c", LatexEscaper.escape("^^5c"));
  }

  @Test
  void dropsControlCharactersButTabAndNewline() {
    assertEquals("a\tb\nc", LatexEscaper.escape("a\u0000\u0007\tb\r\n\u001Bc\u007F\u0085"));
  }

  @Test
  void dropsLoneSurrogatesAndNonCharacters() {
    assertEquals("ab", LatexEscaper.escape("a\uD800\uFFFE\uFDD0b\uDC00"));
  }

  @Test
  void collapsesBlankLinesSoNoParagraphBreakReachesAnArgument() {
    assertEquals("one\ntwo\nthree", LatexEscaper.escape("one\n\n\ntwo\n \t \nthree"));
    assertEquals("one\ntwo", LatexEscaper.escape("one\r\n\r\ntwo"));
    assertEquals("one\ntwo", LatexEscaper.escape("one\u2029\u2028two"));
  }

  @Test
  void neverStartsOrEndsWithALineBreak() {
    assertEquals("text ", LatexEscaper.escape("\n\n  \ntext\n"));
    assertEquals("text   ", LatexEscaper.escape("text\n  "));
  }

  @Test
  void setsCharactersLatinModernLacksInTheFallbackFont() {
    assertEquals("a \\cvfallback{σ} \\cvfallback{≥} 0, 3 × 4 → 5",
        LatexEscaper.escape("a σ ≥ 0, 3 × 4 → 5"));
    assertEquals("\\cvfallback{Привет}, \\cvfallback{✓★}", LatexEscaper.escape("Привет, ✓★"));
  }

  @Test
  void keepsAccentsWithTheLetterTheyBelongTo() {
    assertEquals("e\u0301 \\cvfallback{ж\u0301}", LatexEscaper.escape("e\u0301 ж\u0301"));
  }

  @Test
  void leavesChineseToXeCjk() {
    assertEquals("张伟，高性能计算。", LatexEscaper.escape("张伟，高性能计算。"));
  }

  @Test
  void wrapsEmojiWithTheirTwemojiNames() {
    assertEquals("go \\cvemoji{1f680}{1f680}{\\cvfallback{🚀}}!", LatexEscaper.escape("go 🚀!"));
    assertEquals("\\cvemoji{2764-fe0f}{2764}{\\cvfallback{❤️}}", LatexEscaper.escape("❤️"));
    assertEquals("\\cvemoji{1f44d-1f3fd}{1f44d-1f3fd}{\\cvfallback{👍🏽}}",
        LatexEscaper.escape("👍🏽"));
    assertEquals("\\cvemoji{1f1e9-1f1ea}{1f1e9-1f1ea}{\\cvfallback{🇩🇪}}",
        LatexEscaper.escape("🇩🇪"));
    assertEquals("\\cvemoji{1f468-200d-1f469-200d-1f467}{1f468-200d-1f469-200d-1f467}"
        + "{\\cvfallback{👨\u200D👩\u200D👧}}", LatexEscaper.escape("👨\u200D👩\u200D👧"));
  }

  @Test
  void escapesWhatAnEmojiSequenceSwallowed() {
    // the keycap marks stay with the "#" they belong to
    assertEquals("\\cvemoji{23-fe0f-20e3}{23-20e3}{\\#\uFE0F\u20E3}",
        LatexEscaper.escape("#\uFE0F\u20E3"));
    assertEquals("\\cvemoji{1f600-200d-7b}{1f600-200d-7b}{\\cvfallback{😀\u200D}\\{}",
        LatexEscaper.escape("😀\u200D{"));
  }

  @Test
  void escapesUrlsForHref() {
    assertEquals("https://example.com/a_b~c&d?e=f\\%20g\\#frag",
        LatexEscaper.escapeUrl("https://example.com/a_b~c&d?e=f%20g#frag"));
    assertEquals("https://example.com/\\%5C\\%7B\\%7D\\%5E\\%20\\%22\\%3C\\%3E\\%7C\\%60",
        LatexEscaper.escapeUrl("https://example.com/\\{}^ \"<>|`"));
    assertEquals("https://example.com/\\%E4\\%B8\\%AD\\%0A",
        LatexEscaper.escapeUrl("https://example.com/中\n"));
  }
}
