package dev.vitae.generators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Display widths and wrapping on examples a reader can check by eye. */
class ColumnsTest {

  @Test
  void eastAsianWideAndFullwidthCharactersTakeTwoColumns() {
    assertEquals(4, Columns.width("中文"));
    assertEquals(6, Columns.width("日本語"));
    assertEquals(4, Columns.width("한국"));
    assertEquals(4, Columns.width("ＡＢ"));
    assertEquals(8, Columns.width("GPU 编程"));
  }

  @Test
  void marksTakeNoColumnAndEmojiTwo() {
    assertEquals(4, Columns.width("cafe\u0301"));
    assertEquals(2, Columns.width("🚀"));
    assertEquals(2, Columns.width("❤️"));
    assertEquals(2, Columns.width("🇨🇳"));
    assertEquals(2, Columns.width("a\u200Bb"));
  }

  @Test
  void latinBreaksBetweenWords() {
    String text = "word ".repeat(30);
    List<String> lines = Columns.wrap(text, "en");
    assertEquals(List.of("word ".repeat(16).strip(), "word ".repeat(14).strip()), lines);
  }

  @Test
  void chineseBreaksBetweenCharactersAtFortyOfThem() {
    String text = "专注于大模型推理优化".repeat(5);
    List<String> lines = Columns.wrap(text, "zh-Hans");
    assertEquals(List.of(text.substring(0, 40), text.substring(40)), lines);
  }

  @Test
  void chinesePunctuationNeverStartsALine() {
    String text = "一".repeat(40) + "，二";
    List<String> lines = Columns.wrap(text, "zh-Hans");
    assertEquals(List.of("一".repeat(39), "一，二"), lines);
  }

  @Test
  void aWordLongerThanTheLineIsBrokenHard() {
    String word = "x".repeat(200);
    assertEquals(List.of("x".repeat(80), "x".repeat(80), "x".repeat(40)),
        Columns.wrap("  " + word + "  ", "en"));
    assertEquals(List.of("- " + "x".repeat(78), "  " + "x".repeat(78), "  " + "x".repeat(44)),
        Columns.wrap(word, "en", "- ", "  "));
  }

  @Test
  void aWebAddressIsNotBrokenWhereItFits() {
    String url = "https://example.com/a/very/long/path/to/a/page-with-hyphens/and/more/x";
    List<String> lines = Columns.wrap("see the page at " + url, "en");
    assertEquals(List.of("see the page at", url), lines);
  }

  @Test
  void hyphenatedAndSlashedWordsStayWhole() {
    String text = "x".repeat(70) + " multi-tenant TCP/IP";
    assertEquals(List.of("x".repeat(70), "multi-tenant TCP/IP"), Columns.wrap(text, "en"));
  }

  @Test
  void thaiBreaksBetweenWordsWithoutSpaces() {
    String text = "ภาษาไทยเป็นภาษาที่ไม่มีช่องว่างระหว่างคำ".repeat(3);
    List<String> lines = Columns.wrap(text, "th");
    assertEquals(text, String.join("", lines));
    assertTrue(lines.size() > 1);
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertTrue(Columns.width(line) <= Columns.WIDTH && Columns.width(line) > 60, line);
    }
  }

  @Test
  void aMiddleDotStaysWithTheWordBeforeIt() {
    String text = "x".repeat(76) + " · tag";
    assertEquals(List.of("x".repeat(76) + " ·", "tag"), Columns.wrap(text, "en"));
  }

  @Test
  void hangingIndentOnWrappedLines() {
    List<String> lines = Columns.wrap("alpha ".repeat(20), "en", "  - ", "    ");
    assertEquals("  - alpha", lines.get(0).substring(0, 9));
    assertEquals("    alpha", lines.get(1).substring(0, 9));
  }

  @Test
  void controlCharactersAreRemovedAndLoneSurrogatesReplaced() {
    assertEquals("abcdef g\uFFFDh\uFFFD 🚀\n",
        Columns.clean("a\u0000b\u0007c\u001Bd\u007Fe\u009Bf\tg\uDC00h\uD800 🚀\n"));
  }
}
