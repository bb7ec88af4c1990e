package dev.vitae.generators.html;

import dev.vitae.generators.InlineMarkup;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** CV text without its markup, for places that hold no elements: the title, JSON-LD. */
final class PlainText extends AbstractVisitor {

  private final StringBuilder plain = new StringBuilder();

  private PlainText() {}

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
  public void visit(Text text) {
    plain.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    plain.append(code.getLiteral());
  }

  @Override
  public void visit(HtmlInline raw) {
    plain.append(raw.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    plain.append(' ');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    plain.append(' ');
  }

  @Override
  public void visit(LinkReferenceDefinition definition) {
    plain.append('[').append(definition.getLabel()).append("]: ")
        .append(definition.getDestination());
  }
}
