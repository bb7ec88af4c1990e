package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatexInlineRendererTest {

  @Test
  void rendersBoldItalicAndCode() {
    assertEquals("\\textbf{fast}, \\emph{clear} and \\texttt{CUDA\\_init}",
        LatexInlineRenderer.render("**fast**, *clear* and `CUDA_init`"));
  }

  @Test
  void nestsMarkup() {
    assertEquals("\\textbf{very \\emph{fast}}", LatexInlineRenderer.render("**very *fast***"));
  }

  @Test
  void rendersSafeLinksAsHref() {
    assertEquals("see \\href{https://example.com/a_b?x=1\\%20\\#top}{my \\textbf{blog}}",
        LatexInlineRenderer.render("see [my **blog**](https://example.com/a_b?x=1%20#top)"));
    assertEquals("\\href{mailto:jane@example.com}{mail}",
        LatexInlineRenderer.render("[mail](mailto:jane@example.com)"));
  }

  @Test
  void rendersUnsafeLinksAsTheirTextAlone() {
    assertEquals("click", LatexInlineRenderer.render("[click](javascript:alert(1))"));
    assertEquals("file", LatexInlineRenderer.render("[file](file:///etc/passwd)"));
    assertEquals("relative", LatexInlineRenderer.render("[relative](/cv.pdf)"));
  }

  @Test
  void rendersRawHtmlAsEscapedText() {
    assertEquals("\\textless{}script\\textgreater{}alert('x')\\textless{}/script\\textgreater{}",
        LatexInlineRenderer.render("<script>alert('x')</script>"));
  }

  @Test
  void keepsTexCommandsLiteral() {
    assertEquals("\\textbackslash{}input\\{/etc/passwd\\} \\textbackslash{}write18\\{id\\}",
        LatexInlineRenderer.render("\\input{/etc/passwd} \\write18{id}"));
  }

  @Test
  void rendersAnImageAsALinkToIt() {
    assertEquals("\\href{https://example.com/x.png}{a logo}",
        LatexInlineRenderer.render("![a logo](https://example.com/x.png)"));
    assertEquals("a logo", LatexInlineRenderer.render("![a logo](javascript:alert(1))"));
  }

  @Test
  void turnsLineAndParagraphBreaksIntoLineBreaksNeverIntoBlankLines() {
    assertEquals("one\ntwo", LatexInlineRenderer.render("one\ntwo"));
    assertEquals("one\\cvnewline{}two", LatexInlineRenderer.render("one  \ntwo"));
    assertEquals("one\\cvnewline{}two", LatexInlineRenderer.render("one\n\n\ntwo"));
  }

  @Test
  void leavesBlockSyntaxLiteral() {
    assertEquals("\\# not a heading", LatexInlineRenderer.render("# not a heading"));
    assertEquals("1. not a list", LatexInlineRenderer.render("1. not a list"));
  }

  @Test
  void keepsWhatLooksLikeALinkDefinition() {
    assertEquals("[foo]: https://example.com \"home\"\\cvnewline{}bar",
        LatexInlineRenderer.render("[foo]: https://example.com \"home\"\nbar"));
  }
}
