package dev.vitae.generators.text;

import dev.vitae.generators.InlineRenderer;
import dev.vitae.generators.document.Addresses;
import dev.vitae.generators.document.Inline;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;

/**
 * CV text as a reader of plain text sees it: emphasis and code as their words, a link as
 * "text (https://url)" (or the address alone when the text is the address), a link to anything
 * but the web or mail as its text only. What the author typed literally, raw HTML included,
 * stays as typed. Control characters are removed; every paragraph comes out on one line.
 */
final class PlainInline extends InlineRenderer {

  private final StringBuilder text = new StringBuilder();

  private PlainInline(boolean insideLink) {
    super(insideLink);
  }

  @Override
  protected void literal(String characters) {
    text.append(characters);
  }

  /** The text's paragraphs, each on one line, the text's own link after the last. */
  static List<String> paragraphs(Inline inline) {
    List<String> paragraphs = new ArrayList<>();
    Node document = inline.markup();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      PlainInline writer = new PlainInline(false);
      block.accept(writer);
      String paragraph = Columns.oneLine(writer.text.toString());
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    if (inline.isLinked()) {
      int last = paragraphs.size() - 1;
      if (last < 0) {
        paragraphs.add(inline.link());
      } else {
        paragraphs.set(last, linked(paragraphs.get(last), inline.link()));
      }
    }
    return paragraphs;
  }

  /** The text on one line, its paragraphs separated by a space. */
  static String phrase(Inline inline) {
    return String.join(" ", paragraphs(inline));
  }

  /**
   * "text (url)"; the address alone when the text only repeats it (an e-mail address keeps
   * its text, the web address its scheme, so it can be followed).
   */
  static String linked(String text, String url) {
    String address = Columns.oneLine(url);
    if (Addresses.readable(text).equalsIgnoreCase(Addresses.readable(address))) {
      return address.regionMatches(true, 0, "mailto:", 0, 7) ? text : address;
    }
    return text.isEmpty() ? address : text + " (" + address + ")";
  }


  @Override
  public void visit(Code code) {
    text.append(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    text.append(' ');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    text.append(' ');
  }

  @Override
  protected void link(String destination, Node content) {
    PlainInline inner = new PlainInline(true);
    inner.visitChildren(content);
    text.append(linked(Columns.oneLine(inner.text.toString()), destination));
  }
}
