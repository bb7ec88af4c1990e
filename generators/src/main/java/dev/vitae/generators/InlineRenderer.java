package dev.vitae.generators;

import dev.vitae.dsl.check.Links;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * What every format does alike with the inline markup of CV text ({@link InlineMarkup}):
 * which of it becomes markup and which stays text. Plain text, raw HTML the author typed and
 * a link definition ({@code [cv]: https://...}) are literal characters; a link, or an image,
 * becomes a link only to a safe URL (http, https, mailto) and never inside another link, and
 * is its text alone otherwise, so CV prose links to nothing else and loads nothing. Each
 * format says how it writes characters and links.
 */
public abstract class InlineRenderer extends AbstractVisitor {

  private final boolean insideLink;

  /** {@code insideLink}: the text is itself the content of a link, so its links are text. */
  protected InlineRenderer(boolean insideLink) {
    this.insideLink = insideLink;
  }

  /** Writes characters as the author typed them. */
  protected abstract void literal(String text);

  /** Writes a link to {@code destination}, a safe URL, around {@code content}'s children. */
  protected abstract void link(String destination, Node content);

  @Override
  public void visit(Text text) {
    literal(text.getLiteral());
  }

  @Override
  public void visit(HtmlInline raw) {
    literal(raw.getLiteral());
  }

  /** A line such as "[cv]: https://..." defines a link target; it stays visible as typed. */
  @Override
  public void visit(LinkReferenceDefinition definition) {
    String title = definition.getTitle() == null ? "" : " \"" + definition.getTitle() + "\"";
    literal("[" + definition.getLabel() + "]: " + definition.getDestination() + title);
  }

  @Override
  public void visit(Link link) {
    linkOrText(link.getDestination(), link);
  }

  /** Prose loads nothing: an image becomes a link to it, its alt text the link's text. */
  @Override
  public void visit(Image image) {
    linkOrText(image.getDestination(), image);
  }

  private void linkOrText(String destination, Node content) {
    if (insideLink || !Links.isSafeUrl(destination)) {
      visitChildren(content);
    } else {
      link(destination, content);
    }
  }
}
