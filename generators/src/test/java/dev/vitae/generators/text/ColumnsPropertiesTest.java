package dev.vitae.generators.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text and the language, wrapping gives lines of at most 80 columns, counting an
 * East Asian wide character as two, and loses, adds or reorders no character but spaces.
 */
class ColumnsPropertiesTest {

  private static final List<String> LANGUAGES = List.of("en", "zh-Hans", "ja", "ko", "de", "");

  @Property
  void noLineIsWiderThanEightyColumns(@ForAll("prose") String text,
      @ForAll @IntRange(min = 0, max = 5) int language, @ForAll("indent") String indent) {
    for (String line : Columns.wrap(text, LANGUAGES.get(language), indent, indent + "  ")) {
      assertTrue(Columns.width(line) <= Columns.WIDTH, () -> Columns.width(line) + ": " + line);
    }
  }

  @Property
  void arbitraryUnicodeFitsTooAndKeepsItsCharacters(@ForAll String text) {
    List<String> lines = Columns.wrap(text, "en", "- ", "  ");
    lines.forEach(line -> assertTrue(Columns.width(line) <= Columns.WIDTH, line));
    assertEquals(nonSpace(Columns.clean(text)), nonSpace(String.join("\n", lines).substring(
        lines.isEmpty() ? 0 : 2)));
  }

  @Property
  void wrappingLosesNoCharacterButSpaces(@ForAll("prose") String text,
      @ForAll @IntRange(min = 0, max = 5) int language) {
    List<String> lines = Columns.wrap(text, LANGUAGES.get(language));
    assertEquals(nonSpace(Columns.clean(text)), nonSpace(String.join("\n", lines)));
  }

  @Property
  void eachLineIsFilledBeforeTheNextBegins(@ForAll("latin") String text) {
    // Greedy filling: the first word of a line did not fit at the end of the line before.
    List<String> lines = Columns.wrap(text, "en");
    for (int n = 1; n < lines.size(); n++) {
      int i = n;
      String firstWord = lines.get(i).split(" ", 2)[0];
      int wouldBe = Columns.width(lines.get(i - 1)) + 1 + Columns.width(firstWord);
      assertTrue(wouldBe > Columns.WIDTH || lines.get(i - 1).length() == Columns.WIDTH,
          () -> lines.get(i - 1) + " | " + firstWord);
    }
  }

  @Property
  void chineseTakesTwoColumnsACharacter(@ForAll @IntRange(min = 1, max = 300) int count) {
    String text = "汉".repeat(count);
    List<String> lines = Columns.wrap(text, "zh-Hans");
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(i < lines.size() - 1 ? 40 : count - 40 * i, lines.get(i).length());
      assertEquals(2 * lines.get(i).length(), Columns.width(lines.get(i)));
    }
  }

  /** Words of every width: Latin, CJK, emoji, marks, long words, addresses, stray controls. */
  @Test
  void eachCharacterTheShortcutKnowsTakesTheColumnsOfItsCluster() {
    int known = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int columns = Columns.plainColumns((char) c);
      if (columns >= 0) {
        String character = String.valueOf((char) c);
        assertEquals(Columns.clusterColumns(character), columns, () -> "U+"
            + Integer.toHexString(character.charAt(0)));
        known++;
      }
    }
    assertTrue(known > 20_000, "the shortcut knows " + known + " characters");
  }

  /** Marks, joiners and emoji among the characters the shortcut knows send it to ICU. */
  @Property
  void aTextIsAsWideWithTheShortcutAsClusterByCluster(@ForAll("mixed") String text) {
    assertEquals(Columns.clusterColumns(text), Columns.width(text), text);
  }

  /** Where a line may not break for an address, as the regular expression that says it. */
  @Property(tries = 2000)
  void anAddressIsFoundWhereTheRegularExpressionFindsIt(@ForAll("addressy") String text) {
    boolean[] expected = new boolean[text.length() + 1];
    Matcher address = Pattern.compile("(?i)\\b(?:https?://|mailto:|www\\.)\\S+").matcher(text);
    while (address.find()) {
      for (int i = address.start() + 1; i < address.end(); i++) {
        expected[i] = true;
      }
    }
    assertArrayEquals(expected, Columns.addresses(text), text);
  }

  @Provide
  Arbitrary<String> addressy() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("http://", "https://", "HTTPS://", "hTtP://", "mailto:", "MailTo:", "www.",
            "WWW.", "https:/", "www", "ſ", "_", "é", "e\u0301", "\u0301", "\ud835\udc00", "x",
            "1", ".", "/", ":", " ", "\t", "\n", "\u00a0", "\u3000", "中", "(", "\u000b", "\f")
            .map(String::valueOf));
    return piece.list().ofMaxSize(10).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> mixed() {
    return Arbitraries.strings()
        .withChars("aZ é–·’€Ωж中日あア。！\u0301\u0308\u200d\u200b\ufe0f\u00ad\u3099\u302a\u0483")
        .withCharRange('\u3040', '\u30ff').withCharRange('\u1100', '\u11ff')
        .withChars("\ud83d\ude00\ud83c\uddfa\ud83c\uddf8\u203c")
        .ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> prose() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u4E00', '\u4FFF').ofMinLength(1).ofMaxLength(30),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(60).ofMaxLength(200),
        Arbitraries.strings().withCharRange('\uAC00', '\uAC40').ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("🚀", "❤️", "🇨🇳", "e\u0301", "ｆｕｌｌ", "、", "，", "。", "（注）", "·",
            "https://example.com/a/b/c?d=e", "mailto:a@b.example", "(https://x.example/)",
            "-", "—", "/", "\t", "\n", "\u0000", "\u001B[31m", "\u3000", "\u00A0", "\uD800",
            "<b>", "a-b-c", "100%", "日本語の文章です。"));
    Arbitrary<String> space = Arbitraries.of(" ", "", "  ", "\n");
    return Arbitraries.oneOf(word, space).list().ofMaxSize(60)
        .map(parts -> String.join("", parts));
  }

  /** Latin words of any length and spaces. */
  @Provide
  Arbitrary<String> latin() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(90)
        .list().ofMaxSize(40).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> indent() {
    return Arbitraries.of("", "  ", "- ", "    - ", " ".repeat(Columns.WIDTH - Columns.NARROWEST
        - 2));
  }

  private static String nonSpace(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
