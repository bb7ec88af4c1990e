package dev.vitae.generators.document;

import dev.vitae.generators.InlineMarkup;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * A piece of CV text as a reader sees it: in the output's language, its inline markup parsed
 * once for every format. Each format walks {@link #markup()} with its own renderer.
 *
 * @param source the text as written, in {@link #language()}
 * @param markup a commonmark document whose paragraphs hold the inline nodes; renderers only
 *     read it
 * @param language the language the text is really in: the output's, or a fallback's
 * @param link where the whole text links to, already checked to be a safe URL; or null
 */
public record Inline(String source, Node markup, String language, String link) {

  /** CV text in {@code language}, its markup parsed. */
  public static Inline of(String source, String language) {
    return new Inline(source, InlineMarkup.parse(source), language, null);
  }

  /** A value printed as written (an e-mail address, a label), its characters never markup. */
  public static Inline plain(String value, String language) {
    Document document = new Document();
    Paragraph paragraph = new Paragraph();
    paragraph.appendChild(new Text(value));
    document.appendChild(paragraph);
    return new Inline(value, document, language, null);
  }

  /** This text as a link to {@code url}, which must be a safe URL. */
  public Inline linkedTo(String url) {
    return new Inline(source, markup, language, url);
  }

  public boolean isLinked() {
    return link != null;
  }
}
