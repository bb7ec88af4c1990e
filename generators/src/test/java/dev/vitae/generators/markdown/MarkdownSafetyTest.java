package dev.vitae.generators.markdown;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.check.Links;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.SampleCvs;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Hostile CV text comes out as text: the hostile sample's Markdown, read as GitHub reads it,
 * has no element, attribute, link or raw HTML of its own, and the same block structure as a
 * CV of that shape with harmless words in it.
 */
class MarkdownSafetyTest {

  /** Every element the templates make for a CV without a photo. */
  private static final Set<String> ELEMENTS = Set.of("body", "h1", "h2", "h3", "p", "strong",
      "em", "code", "a", "ul", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
      "hr", "br");

  private final MarkdownGenerator generator = new MarkdownGenerator();

  @Test
  void hostileTextMakesNoElementAttributeOrLinkOfItsOwn() {
    String markdown = generator.render(SampleCvs.hostile());
    Document page = GithubMarkdown.page(markdown);
    Set<String> elements = new TreeSet<>();
    Set<String> attributes = new TreeSet<>();
    for (Element element : page.body().getAllElements()) {
      elements.add(element.tagName());
      for (Attribute attribute : element.attributes()) {
        attributes.add(element.tagName() + "[" + attribute.getKey() + "]");
      }
    }
    assertAll(
        () -> assertEquals(List.of(), GithubMarkdown.rawHtml(GithubMarkdown.parse(markdown)),
            "raw HTML"),
        () -> assertTrue(ELEMENTS.containsAll(elements), "elements: " + elements),
        () -> assertEquals(Set.of(), attributes, "attributes"),
        () -> assertTrue(page.select("a").isEmpty(), "the hostile CV has no safe link"),
        () -> assertTrue(page.text().contains("<script>alert('x')</script>"),
            "the script text, visible"),
        () -> assertTrue(page.text().contains("\\input{/etc/passwd} \\write18{rm -rf /}"
            + " 100% } { $x^2$ & # _ ~ ^^5c \\"), "TeX and Markdown specials, visible"));
  }

  @Test
  void hostileTextKeepsTheBlocksOfItsPlace() {
    assertEquals(skeleton(shaped("word")), skeleton(SampleCvs.hostile()));
  }

  @Test
  void onlyWebAndMailLinksBecomeLinks() {
    Resume cv = Vitae.cv().basics(b -> b.name("Jane")
        .summary("[a](https://ok.example) [b](JavaScript:alert(1)) [c](data:text/html,x)"
            + " [d](mailto:jane@example.com) [e](/relative) ![f](https://img.example/f.png)"
            + " <https://auto.example> <javascript:alert(1)>"))
        .build();
    String markdown = generator.render(cv);
    assertTrue(markdown.contains("[a](https://ok.example) b c [d](mailto:jane@example.com) e"
        + " [f](https://img.example/f.png) [https://auto.example](https://auto.example)"
        + " javascript:alert(1)\n"), markdown);
    for (Element link : GithubMarkdown.page(markdown).select("a")) {
      assertTrue(Links.isSafeUrl(link.attr("href")), link.outerHtml());
    }
  }

  @Test
  void linksInsideALinkedTitleBecomeText() {
    Resume cv = Vitae.cv().basics(b -> b.name("Jane"))
        .project(p -> p.name("see [docs](https://docs.example)").url("https://example.com"))
        .build();
    assertTrue(generator.render(cv).contains("### [see docs](https://example.com)\n"));
  }

  /** The hostile sample's shape, every text {@code text}. */
  static Resume shaped(String text) {
    return Vitae.cv()
        .basics(b -> b.name(text).label(text).summary(text).location(l -> l.city(text)))
        .work(w -> w.name(text).position(text).start(2020).summary(text)
            .highlight(text, h -> h.highlight(text)))
        .skill(s -> s.name(text).keywords(text, text))
        .section(text, s -> s.entry(e -> e.title(text).summary(text)).columns(text).row(text))
        .build();
  }

  /** The page's block elements, in order: what the text may not change. */
  static String skeleton(Resume cv) {
    Document page = GithubMarkdown.page(new MarkdownGenerator().render(cv));
    StringBuilder blocks = new StringBuilder();
    for (Element element : page.body().getAllElements()) {
      if (!Set.of("body", "strong", "em", "code", "a", "br").contains(element.tagName())) {
        blocks.append(element.tagName()).append(' ');
      }
    }
    return blocks.toString();
  }
}
