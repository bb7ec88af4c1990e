package dev.vitae.generators.html;

import dev.vitae.generators.InlineMarkup;
import dev.vitae.generators.InlineRenderer;
import freemarker.core.HTMLOutputFormat;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Writes the inline markup of CV text as HTML: emphasis, code and safe links become elements;
 * everything the author typed literally, raw HTML included, comes out escaped and inert.
 */
final class InlineHtml extends InlineRenderer {

  private final StringBuilder html = new StringBuilder();

  private InlineHtml(boolean insideLink) {
    super(insideLink);
  }

  @Override
  protected void literal(String text) {
    html.append(escape(text));
  }

  @Override
  protected void link(String destination, Node content) {
    html.append("<a href=\"").append(escape(destination)).append("\">");
    visitChildren(content);
    html.append("</a>");
  }

  /** The text as phrasing content: paragraphs run on, separated by a space. */
  static String phrase(String text) {
    return phrase(InlineMarkup.parse(text));
  }

  static String phrase(Node text) {
    return new InlineHtml(false).write(text, "", " ", "");
  }

  /** Like {@link #phrase}, for the content of an {@code <a>}: its own links become text. */
  static String linkText(Node text) {
    return new InlineHtml(true).write(text, "", " ", "");
  }

  /** The text as one {@code <p>} per paragraph. */
  static String paragraphs(Node text) {
    return new InlineHtml(false).write(text, "<p>", "\n", "</p>");
  }

  static String escape(String plain) {
    return HTMLOutputFormat.INSTANCE.escapePlainText(plain);
  }

  private String write(Node document, String open, String between, String close) {
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block != document.getFirstChild()) {
        html.append(between);
      }
      html.append(open);
      block.accept(this);
      html.append(close);
    }
    return html.toString();
  }

  @Override
  public void visit(Paragraph paragraph) {
    visitChildren(paragraph);
  }

  @Override
  public void visit(Code code) {
    html.append("<code>").append(escape(code.getLiteral())).append("</code>");
  }

  @Override
  public void visit(Emphasis emphasis) {
    wrap("em", emphasis);
  }

  @Override
  public void visit(StrongEmphasis strong) {
    wrap("strong", strong);
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    html.append('\n');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    html.append("<br>");
  }

  private void wrap(String element, Node node) {
    html.append('<').append(element).append('>');
    visitChildren(node);
    html.append("</").append(element).append('>');
  }

}
