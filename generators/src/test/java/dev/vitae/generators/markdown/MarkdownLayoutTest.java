package dev.vitae.generators.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.HighlightBuilder;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.SparseCv;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How the Markdown is laid out: blank lines, gaps, nesting, tables, the same bytes. */
class MarkdownLayoutTest {

  private final MarkdownGenerator generator = new MarkdownGenerator();

  @Test
  void blocksAreSeparatedByOneBlankLineAndNoLineEndsInSpace() {
    for (Resume cv : new Resume[] {SampleCvs.complete(), SampleCvs.hostile(), SparseCv.create()}) {
      String markdown = generator.render(cv);
      assertFalse(markdown.contains("\n\n\n"), markdown);
      assertFalse(markdown.matches("(?s).*[ \t]\n.*"), markdown);
      assertTrue(markdown.endsWith("\n") && !markdown.endsWith("\n\n"), markdown);
    }
  }

  @Test
  void entriesWithOnlyWhatTheRulesRequireLeaveNoEmptyMarkup() {
    String markdown = generator.render(SparseCv.create());
    for (String line : markdown.split("\n")) {
      assertFalse(line.matches("#+ *|[-*>] *|\\*+ *|.*\\*\\*\\*\\*.*|.*\\*\\*:.*"), line);
    }
    assertTrue(markdown.contains("## Work Experience\n\n### NIO\n\n*2018*\n\n"), markdown);
    assertTrue(markdown.contains("## Skills\n\n- **HPC**\n\n"), markdown);
    assertTrue(markdown.contains("## Empty\n\n---\n\nv1\n"), markdown);
  }

  @Test
  void bulletsNestAsDeepAsTheRulesAllow() {
    int depth = Highlight.MAX_LEVEL;
    Resume cv = Vitae.cv().basics(b -> b.name("Jane"))
        .work(w -> w.name("NIO").start(2018).highlight("level 1", nested(2, depth)))
        .build();
    String markdown = generator.render(cv);
    assertTrue(markdown.contains("\n" + "  ".repeat(depth - 1) + "- level " + depth + "\n"),
        markdown);
    Element item = GithubMarkdown.page(markdown).selectFirst("ul");
    for (int level = 1; level <= depth; level++) {
      Element li = item.child(0);
      assertEquals("level " + level, li.ownText(), markdown);
      item = li.selectFirst("> ul");
    }
    assertEquals(null, item);
  }

  @Test
  void proseInABulletStaysInItsItem() {
    Resume cv = Vitae.cv().basics(b -> b.name("Jane"))
        .work(w -> w.name("NIO").start(2018)
            .highlight("first\n- not a list\n# not a heading", h -> h
                .highlight("two\n\nparagraphs  \nand a break")))
        .build();
    String markdown = generator.render(cv);
    assertTrue(markdown.contains("- first\n  \\- not a list\n  \\# not a heading\n"
        + "  - two\n\n    paragraphs\\\n    and a break\n"), markdown);
    Document page = GithubMarkdown.page(markdown);
    assertEquals(2, page.select("li").size(), markdown);
    assertEquals(0, page.select("li h1, li h2, li h3, li h4, li h5, li h6").size(), markdown);
    assertEquals(2, page.select("li li p").size(), markdown);
    assertEquals(1, page.select("li li br").size(), markdown);
  }

  @Test
  void tableCellsKeepTheirPipesCodeAndLineBreaks() {
    Resume cv = Vitae.cv().basics(b -> b.name("Jane"))
        .section("Tools", s -> s.columns("Name", "Use")
            .row("a | b", "`x|y` and ``a`b``")
            .row("two\n\nparagraphs", "hard  \nbreak"))
        .build();
    String markdown = generator.render(cv);
    assertTrue(markdown.contains("| Name | Use |\n| --- | --- |\n"
        + "| a \\| b | `x\\|y` and ``a`b`` |\n"
        + "| two<br>paragraphs | hard<br>break |\n"), markdown);
    Document page = GithubMarkdown.page(markdown);
    assertEquals(2, page.select("tbody tr").size());
    assertEquals(4, page.select("tbody td").size());
    assertEquals("a | b", page.select("td").get(0).text());
    assertEquals("x|y", page.select("td code").get(0).text());
    assertEquals("a`b", page.select("td code").get(1).text());
    assertEquals(2, page.select("td br").size());
  }

  @Test
  void sameCvGivesTheSameBytes() {
    assertEquals(generator.render(SampleCvs.complete()),
        new MarkdownGenerator().render(SampleCvs.complete()));
  }

  /** Highlights nested from {@code level} down to {@code depth}, one a level. */
  private static Consumer<HighlightBuilder> nested(int level, int depth) {
    return h -> {
      if (level == depth) {
        h.highlight("level " + level);
      } else {
        h.highlight("level " + level, nested(level + 1, depth));
      }
    };
  }

}
