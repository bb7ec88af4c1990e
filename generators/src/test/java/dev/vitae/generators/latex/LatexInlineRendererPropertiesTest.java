package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever markup an author types, the LaTeX it becomes is inert and paragraph-free. */
class LatexInlineRendererPropertiesTest {

  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

  @Property
  void anyMarkupComesOutInert(@ForAll("markup") String markup) {
    EscapedLatex.decodeMarkup(LatexInlineRenderer.render(markup));
  }

  @Property
  void anyMarkupComesOutWithoutBlankLines(@ForAll("markup") String markup) {
    String latex = LatexInlineRenderer.render(markup);
    assertFalse(BLANK_LINE.matcher(latex).find(), latex);
    assertFalse(latex.startsWith("\n") || latex.endsWith("\n"), latex);
  }

  @Property
  void arbitraryUnicodeComesOutInert(@ForAll String text) {
    EscapedLatex.decodeMarkup(LatexInlineRenderer.render(text));
  }

  /** Strings made of markup syntax, link targets safe and unsafe, TeX specials and text. */
  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.of(
            "*", "**", "_", "__", "`", "``", "[", "]", "(", ")", "<", ">", "![", "](", "\\",
            "https://example.com/a_b?c=1&d=%20#x", "javascript:alert(1)", "mailto:a@b.cd",
            "<b>", "</b>", "<https://example.com>", "&amp;", "&#123;", "\n", "\n\n", "  \n",
            " ", "\t", "word", "中文", "σ", "🚀", "❤️", "{", "}", "$", "&", "#", "%", "^", "~",
            "|", "[x]: https://example.com", "\r", "\u0000", "\u2028")
        .list().ofMaxSize(25)
        .map(parts -> String.join("", parts));
  }
}
