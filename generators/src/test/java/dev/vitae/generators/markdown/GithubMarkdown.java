package dev.vitae.generators.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads Markdown the way GitHub does, as far as commonmark-java can: CommonMark with GFM
 * tables, every block type on, raw HTML passed through as HTML (so any that survived shows).
 */
final class GithubMarkdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private GithubMarkdown() {}

  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  static String html(String markdown) {
    return RENDERER.render(parse(markdown));
  }

  /** The page a reader sees, as jsoup reads it. */
  static Document page(String markdown) {
    return Jsoup.parseBodyFragment(html(markdown));
  }

  /** The literal of every raw HTML node, block or inline, in document order. */
  static List<String> rawHtml(Node document) {
    List<String> raw = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlInline html) {
        raw.add(html.getLiteral());
      }

      @Override
      public void visit(HtmlBlock html) {
        raw.add(html.getLiteral());
      }
    });
    return raw;
  }
}
