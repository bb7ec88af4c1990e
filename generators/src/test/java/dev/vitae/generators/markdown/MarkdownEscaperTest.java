package dev.vitae.generators.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the escaping writes, on the cases a reader of the Markdown source meets. */
class MarkdownEscaperTest {

  @Test
  void onlyWhatCouldStartMarkupIsEscaped() {
    assertEquals("GPA 3.9, H20: +40% (SOTA) \"quoted\" 'it' C\\# \\_snake\\_case\\_",
        MarkdownEscaper.escape("GPA 3.9, H20: +40% (SOTA) \"quoted\" 'it' C# _snake_case_"));
    assertEquals("\\<b\\> \\&amp; \\[x\\](y) \\`c\\` \\*a\\* \\~\\~s\\~\\~ a \\| b \\$x\\$ \\\\",
        MarkdownEscaper.escape("<b> &amp; [x](y) `c` *a* ~~s~~ a | b $x$ \\"));
  }

  @Test
  void whatWouldStartABlockIsEscapedAtTheStartOfALine() {
    assertEquals("8\\. Sep. 2021", MarkdownEscaper.escape("8. Sep. 2021"));
    assertEquals("2021\\)", MarkdownEscaper.escape("2021)"));
    assertEquals("2021.05", MarkdownEscaper.escape("2021.05"));
    assertEquals("\\- item", MarkdownEscaper.escape("- item"));
    assertEquals("\\---", MarkdownEscaper.escape("---"));
    assertEquals("\\+ item", MarkdownEscaper.escape("+ item"));
    assertEquals("+49 30", MarkdownEscaper.escape("+49 30"));
    assertEquals("\\===", MarkdownEscaper.escape("==="));
    assertEquals("code", MarkdownEscaper.escape("    code"));
    assertEquals("- item", MarkdownEscaper.escape("- item", false));
  }

  @Test
  void anExclamationMarkThatALinkCouldFollowIsEscaped() {
    assertEquals("Wow\\!", MarkdownEscaper.escape("Wow!"));
    assertEquals("Wow! Yes", MarkdownEscaper.escape("Wow! Yes"));
  }

  @Test
  void destinationsLeadExactlyWhereTheUrlSays() {
    for (String url : new String[] {"https://en.wikipedia.org/wiki/C_(language)",
        "https://x.example/?a=1&copy;=2&b=3", "https://x.example/a_b*c",
        "mailto:jane@example.com"}) {
      Element link = GithubMarkdown.page("[t](" + MarkdownEscaper.destination(url) + ")")
          .selectFirst("a");
      assertEquals(url, link.attr("href"));
    }
    assertEquals("https://en.wikipedia.org/wiki/C_\\(language\\)",
        MarkdownEscaper.destination("https://en.wikipedia.org/wiki/C_(language)"));
  }
}
