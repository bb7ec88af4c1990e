package dev.vitae.generators.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.HighlightBuilder;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.check.InvalidCvException;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.i18n.BilingualCv;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Plain text is what a terminal or a mail client shows as is: hostile CV text comes out as the
 * literal characters the author typed, the CV's own markup leaves no syntax behind, control
 * characters never reach the file, and every line fits in 80 columns.
 */
class PlainTextSafetyTest {

  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F]|\\p{Cs}");

  private final PlainTextGenerator generator = new PlainTextGenerator();

  @Test
  void hostileTextComesOutAsTyped() {
    String text = generator.render(SampleCvs.hostile());
    String flat = nonSpace(text);
    List<String> missing = new ArrayList<>();
    for (String hostile : SampleCvs.HOSTILE_TEXTS) {
      if (!hostile.contains("](") && !flat.contains(nonSpace(hostile))) {
        missing.add(hostile);
      }
    }
    assertEquals(List.of(), missing);
    assertAll(
        () -> assertTrue(text.contains("<script>alert('x')</script>"), "raw HTML as typed"),
        () -> assertTrue(text.contains("\\input{/etc/passwd}"), "TeX as typed"),
        () -> assertFalse(text.contains("javascript:"), "a javascript: link target"),
        () -> assertFalse(text.contains("]("), "link syntax"));
  }

  @Test
  void theCvsOwnMarkupLeavesNoSyntax() {
    String markup = "**bold** and *italic*, `code`, [a link](https://link.example/x) and"
        + " ![a picture](https://img.example/p.png)";
    Resume cv = Vitae.cv()
        .basics(b -> b.name("**Jane** Doe").label("*Engineer*").summary(markup))
        .work(w -> w.name("[Acme](https://acme.example)").position("`Lead`").start(2020)
            .summary(markup).highlight(markup, h -> h.highlight(markup)))
        .skill(s -> s.name("**Go**").keywords("*fast*", "`gc`"))
        .reference(r -> r.name("**Ann**").reference(markup))
        .section("*Talks*", s -> s.summary(markup).entry(e -> e.title(markup))
            .columns("**A**", "B").row("`x`", "[y](https://y.example)"))
        .build();
    String text = generator.render(cv);
    assertAll(
        () -> assertFalse(text.contains("**"), text),
        () -> assertFalse(text.contains("]("), text),
        () -> assertFalse(text.contains("`"), text),
        () -> assertFalse(text.contains("*"), text),
        () -> assertFalse(text.contains("!["), text),
        () -> assertTrue(text.startsWith("Jane Doe\n========\nEngineer\n"), text),
        () -> assertTrue(text.replaceAll(" *\n *", " ").contains("bold and italic, code, a link"
            + " (https://link.example/x) and a picture (https://img.example/p.png)"), text),
        () -> assertTrue(text.contains("Acme (https://acme.example)"), text),
        () -> assertTrue(text.contains("Go: fast · gc"), text));
  }

  @Test
  void aLinkWhoseTextIsItsAddressShowsTheAddressOnce() {
    Resume cv = Vitae.cv().basics(b -> b.name("Jane")
            .summary("[example.com](https://example.com/) and [jane@example.com](mailto:jane@example.com)"
                + " and [https://x.example](https://x.example) and [data](data:text/html,x)"))
        .build();
    assertTrue(generator.render(cv).contains("https://example.com/ and jane@example.com and"
        + " https://x.example and data\n"));
  }

  @Test
  void controlCharactersNeverReachTheFile() {
    // The rules refuse text with control characters or lone surrogates ([vitae:text]), so no
    // CV that builds holds them; what they let through, a carriage return and a tab (and
    // line feeds), is laid out as white space.
    String nasty = "a\u0000b\u0007c\u001B[31md\u007Fe\u009B2Jf\rg\u000Bh\u000Ci\uD800j\tk";
    InvalidCvException refused = assertThrows(InvalidCvException.class, () -> cvWith(nasty));
    assertTrue(refused.getMessage().contains("[vitae:text]"), refused.getMessage());
    String text = generator.render(cvWith("f\rg\th"));
    assertFalse(CONTROL.matcher(text).find(), text);
    assertTrue(text.contains("f g h"), text);
  }

  private static Resume cvWith(String nasty) {
    return Vitae.cv()
        .basics(b -> b.name("Jane " + nasty).label(nasty).summary(nasty + "\n\n" + nasty)
            .location(l -> l.city(nasty)))
        .work(w -> w.name(nasty).position(nasty).start(2020).highlight(nasty))
        .skill(s -> s.name(nasty).keywords(nasty))
        .section(nasty, s -> s.entry(e -> e.title(nasty)).columns(nasty).row(nasty))
        .build();
  }

  @Test
  void bulletsNestedAsDeepAsAllowedStayInsideTheLine() {
    Resume cv = Vitae.cv().basics(b -> b.name("Jane"))
        .work(w -> w.name("Acme").start(2020).highlight("level 0", nested(1)))
        .build();
    String text = generator.render(cv);
    for (String line : text.split("\n")) {
      assertTrue(Columns.width(line) <= Columns.WIDTH, line);
    }
    assertTrue(text.contains("\n  - level 1 " + "word ".repeat(13).strip() + "\n    word"), text);
    assertTrue(text.contains("\n" + " ".repeat(22) + "- level 11 word"), text);
  }

  private static Consumer<HighlightBuilder> nested(int depth) {
    String words = "level " + depth + " " + "word ".repeat(30);
    // "level 0" is an entry's own bullet: "level 11" is as deep as bullets may nest
    return depth == Highlight.MAX_LEVEL - 1 ? h -> h.highlight(words) : h -> h.highlight(words, nested(depth + 1));
  }

  @Test
  void everyLineFitsInEightyColumnsAndTheFileEndsWithALineFeed() {
    List<String> outputs = new ArrayList<>();
    outputs.add(generator.render(SampleCvs.complete()));
    outputs.add(generator.render(SampleCvs.hostile()));
    Resume bilingual = BilingualCv.create();
    bilingual.localization().languages()
        .forEach(language -> outputs.add(generator.render(bilingual, language)));
    for (String text : outputs) {
      assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), text);
      assertFalse(text.contains("\r"), text);
      for (String line : text.split("\n")) {
        assertTrue(Columns.width(line) <= Columns.WIDTH, line);
        assertEquals(line.stripTrailing(), line, "trailing spaces");
      }
    }
  }

  private static String nonSpace(String text) {
    return text.replaceAll("\\s+", "");
  }
}
