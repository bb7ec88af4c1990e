package dev.vitae.generators.html;

import dev.vitae.generators.InlineMarkup;
import dev.vitae.generators.InlineRenderer;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;

/** CV text without its markup, for places that hold no elements: the title, JSON-LD. */
final class PlainText extends InlineRenderer {

  private final StringBuilder plain = new StringBuilder();

  private PlainText() {
    super(false);
  }

  @Override
  protected void literal(String text) {
    plain.append(text);
  }

  /** Plain text has no links: their words alone. */
  @Override
  protected void link(String destination, Node content) {
    visitChildren(content);
  }

  static String of(String text) {
    return of(InlineMarkup.parse(text));
  }

  static String of(Node document) {
    PlainText writer = new PlainText();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block != document.getFirstChild()) {
        writer.plain.append(' ');
      }
      block.accept(writer);
    }
    return writer.plain.toString();
  }

  @Override
  public void visit(Code code) {
    plain.append(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    plain.append(' ');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    plain.append(' ');
  }
}
