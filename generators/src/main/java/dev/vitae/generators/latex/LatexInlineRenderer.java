package dev.vitae.generators.latex;

import dev.vitae.generators.InlineMarkup;
import dev.vitae.generators.InlineRenderer;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Writes the inline markup of CV text as LaTeX: {@code **bold**} as {@code \textbf},
 * {@code *italic*} as {@code \emph}, {@code `code`} as {@code \texttt}, links to safe URLs as
 * {@code \href}. Everything the author typed literally, raw HTML included, is escaped; a link
 * to anything but http, https or mailto is written as its text alone.
 */
final class LatexInlineRenderer extends InlineRenderer {

  private static final Pattern BLANK_LINES = Pattern.compile("\n(?:[ \t]*\n)+");

  private final StringBuilder latex = new StringBuilder();

  private LatexInlineRenderer() {
    super(false);
  }

  @Override
  protected void literal(String text) {
    latex.append(LatexEscaper.escape(text));
  }

  /** A link; an address shown as its own text breaks after its slashes and dots. */
  @Override
  protected void link(String destination, Node content) {
    latex.append("\\href{").append(LatexEscaper.escapeUrl(destination)).append('}');
    wrap("{", content);
  }

  /** The LaTeX for one piece of CV text. */
  static String render(String markup) {
    return render(InlineMarkup.parse(markup));
  }

  /** The LaTeX for parsed CV text. */
  static String render(Node markup) {
    LatexInlineRenderer renderer = new LatexInlineRenderer();
    markup.accept(renderer);
    return withoutBlankLines(renderer.latex.toString());
  }

  /**
   * Soft line breaks around text that escapes to nothing (a lone control character) could
   * still make a blank line, or end the text with a line break that meets one of the
   * template's: the same guarantee as {@link LatexEscaper#escape}, for the whole text.
   */
  private static String withoutBlankLines(String latex) {
    String collapsed = BLANK_LINES.matcher(latex).replaceAll("\n");
    if (collapsed.startsWith("\n")) {
      collapsed = " " + collapsed.substring(1);
    }
    if (collapsed.endsWith("\n")) {
      collapsed = collapsed.substring(0, collapsed.length() - 1) + " ";
    }
    return collapsed;
  }

  @Override
  public void visit(Paragraph paragraph) {
    if (paragraph.getPrevious() != null) {
      // a paragraph break would end the macro argument this text may sit in
      latex.append("\\cvnewline{}");
    }
    visitChildren(paragraph);
  }

  /** A link definition stands on a line of its own, as the author typed it. */
  @Override
  public void visit(LinkReferenceDefinition definition) {
    if (definition.getPrevious() != null) {
      latex.append("\\cvnewline{}");
    }
    super.visit(definition);
  }

  @Override
  public void visit(Code code) {
    latex.append("\\texttt{").append(LatexEscaper.escape(code.getLiteral())).append('}');
  }

  @Override
  public void visit(Emphasis emphasis) {
    wrap("\\emph{", emphasis);
  }

  @Override
  public void visit(StrongEmphasis strong) {
    wrap("\\textbf{", strong);
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    latex.append('\n');
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    latex.append("\\cvnewline{}");
  }

  private void wrap(String opening, Node node) {
    latex.append(opening);
    visitChildren(node);
    latex.append('}');
  }
}
