package dev.vitae.generators.html;

import dev.vitae.generators.InlineMarkup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineHtmlTest {

  @Test
  void emphasisCodeAndLinksBecomeElements() {
    assertEquals("<strong>fast</strong>, <em>clear</em>, <code>a &lt; b</code>,"
            + " <a href=\"https://example.com/?a=1&amp;b=2\">x</a>",
        InlineHtml.phrase("**fast**, *clear*, `a < b`, [x](https://example.com/?a=1&b=2)"));
  }

  @Test
  void rawHtmlIsText() {
    assertEquals("&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;",
        InlineHtml.phrase("<b onclick=\"x()\">hi</b>"));
  }

  @Test
  void blockSyntaxStaysLiteral() {
    String text = "# not a heading\n1. not a list";
    assertEquals(text, InlineHtml.phrase(text));
  }

  @Test
  void paragraphsAndLineBreaks() {
    assertEquals("<p>one<br>two</p>\n<p>three</p>", InlineHtml.paragraphs(InlineMarkup.parse("one  \ntwo\n\nthree")));
    assertEquals("one<br>two three", InlineHtml.phrase("one  \ntwo\n\nthree"));
  }

  @Test
  void aLinkReferenceDefinitionStaysVisible() {
    assertEquals("[cv]: https://example.com/cv see <a href=\"https://example.com/cv\">cv</a>",
        InlineHtml.phrase("[cv]: https://example.com/cv\n\nsee [cv]"));
  }

  @Test
  void insideALinkLinksAreText() {
    assertEquals("see <em>docs</em>", InlineHtml.linkText(
        InlineMarkup.parse("see [*docs*](https://docs.example)")));
  }
}
