package dev.vitae.generators.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.check.Links;
import dev.vitae.generators.InlineMarkup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Whatever an author types, its Markdown, read as GitHub reads it, holds the author's
 * characters and the author's inline markup only: as many paragraphs as the author wrote, no
 * element of its own (heading, list, quotation, code block, table, raw HTML, image), links only
 * to safe URLs; in a list item it stays in its item, in a table cell in its cell.
 */
class MarkdownEscapingPropertiesTest {

  /** The inline nodes CV text may become, besides the paragraphs that hold them. */
  private static final Set<Class<? extends Node>> INLINE = Set.of(Text.class, Code.class,
      Emphasis.class, StrongEmphasis.class, Link.class, SoftLineBreak.class,
      HardLineBreak.class);

  @Property
  void plainTextReadsAsItself(@ForAll("markup") String text) {
    Node document = GithubMarkdown.parse(MarkdownEscaper.escape(text));
    String expected = text.replaceAll("\r\n|[\r\n\t]", " ").replaceAll("[\\x00-\\x1f\\x7f]", "")
        .replaceAll("^ +| +$", "");
    if (expected.isEmpty()) {
      assertEquals(null, document.getFirstChild());
      return;
    }
    Node paragraph = document.getFirstChild();
    assertTrue(paragraph instanceof Paragraph && paragraph.getNext() == null, text);
    assertEquals(expected, literals(paragraph), text);
  }

  @Example
  void aHardBreakAtTheEndOfALinkLeavesNoBackslash() {
    markupAsABlockKeepsItsParagraphsAndCharacters("[  \n]()");
    markupAsABlockKeepsItsParagraphsAndCharacters("[](*)");
    markupAsABlockKeepsItsParagraphsAndCharacters("[a  \n](javascript:x) b");
  }

  @Property
  void markupAsABlockKeepsItsParagraphsAndCharacters(@ForAll("markup") String markup) {
    Node source = InlineMarkup.parse(markup);
    Node document = GithubMarkdown.parse(InlineMarkdown.block(source, ""));
    assertOnlyParagraphs(document, blocks(source), markup);
    assertEquals(withoutSpace(literals(source)), withoutSpace(literals(document)), markup);
  }

  @Example
  void aLinkOfOnlyALineBreakDoesNotEmptyTheFirstLineOfAListItem() {
    markupInANestedListItemStaysInIt("[\n]()***");
  }

  @Example
  void emphasisThatStartsWithASpaceDoesNotStartAListItem() {
    // the link's text is empty, so the emphasis holds " _": "* \_*" would be a bullet
    markupInANestedListItemStaysInIt("*[](*****2) _*");
    markupAsABlockKeepsItsParagraphsAndCharacters("*[](x) a*");
  }

  @Property
  void markupInANestedListItemStaysInIt(@ForAll("markup") String markup) {
    Node source = InlineMarkup.parse(markup);
    Assume.that(blocks(source) > 0); // a bullet says something
    String markdown = "- a\n  - b\n    - " + InlineMarkdown.block(source, "      ") + "\n";
    Node item = GithubMarkdown.parse(markdown).getFirstChild();
    for (int depth = 0; depth < 3; depth++) {
      assertTrue(item instanceof BulletList && item.getNext() == null, markdown);
      ListItem listItem = (ListItem) item.getFirstChild();
      assertTrue(listItem.getNext() == null, markdown);
      item = depth < 2 ? listItem.getLastChild() : listItem;
    }
    Document content = new Document();
    while (item.getFirstChild() != null) {
      content.appendChild(item.getFirstChild());
    }
    assertOnlyParagraphs(content, blocks(source), markdown);
    assertEquals(withoutSpace(literals(source)), withoutSpace(literals(content)), markup);
  }

  @Property
  void markupInATableCellStaysInIt(@ForAll("markup") String markup) {
    Node source = InlineMarkup.parse(markup);
    String cell = InlineMarkdown.cell(source, false);
    String markdown = "| h | i |\n| --- | --- |\n| " + cell + " | z |\n";
    Node table = GithubMarkdown.parse(markdown).getFirstChild();
    assertTrue(table instanceof TableBlock && table.getNext() == null, markdown);
    TableRow row = (TableRow) table.getLastChild().getFirstChild();
    assertTrue(row.getNext() == null, markdown);
    TableCell first = (TableCell) row.getFirstChild();
    assertEquals("z", literals(first.getNext()), markdown);
    List<String> breaks = GithubMarkdown.rawHtml(first);
    breaks.forEach(html -> assertEquals("<br>", html, markdown));
    assertInline(first, true, markdown);
    assertEquals(withoutSpace(literals(source)).replace("|", ""),
        withoutSpace(literals(first)).replace("|", ""), markdown);
  }

  private static void assertOnlyParagraphs(Node document, int paragraphs, String context) {
    int count = 0;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      assertTrue(block instanceof Paragraph, context + ": " + block);
      assertInline(block, false, context);
      count++;
    }
    assertEquals(paragraphs, count, context);
  }

  /** Only CV text's own inline nodes under {@code parent}; in a table cell also {@code <br>}. */
  private static void assertInline(Node parent, boolean inCell, String context) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      boolean br = inCell && node instanceof HtmlInline html && html.getLiteral().equals("<br>");
      assertTrue(br || INLINE.contains(node.getClass()), context + ": " + node);
      if (node instanceof Link link) {
        assertTrue(Links.isSafeUrl(link.getDestination()), context + ": " + link);
      }
      assertInline(node, inCell, context);
    }
  }

  /** The paragraphs (and link definitions, which CV text keeps as paragraphs) of a text. */
  /** The blocks of {@code source} a reader sees something of: an empty one makes no paragraph. */
  private static int blocks(Node source) {
    int count = 0;
    for (Node block = source.getFirstChild(); block != null; block = block.getNext()) {
      if (!literals(block).isEmpty()) {
        count++;
      }
    }
    return count;
  }

  /** The characters a reader sees: every text and code literal, in order. */
  private static String literals(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text literal) {
        text.append(literal.getLiteral());
      }

      @Override
      public void visit(Code code) {
        text.append(code.getLiteral());
      }

      @Override
      public void visit(HtmlInline html) {
        text.append(html.getLiteral().equals("<br>") ? "" : html.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.LinkReferenceDefinition definition) {
        text.append('[').append(definition.getLabel()).append("]: ")
            .append(definition.getDestination())
            .append(definition.getTitle() == null ? "" : " \"" + definition.getTitle() + "\"");
      }

      @Override
      public void visit(CustomBlock block) {
        visitChildren(block);
      }

      @Override
      public void visit(CustomNode node) {
        visitChildren(node);
      }
    });
    return text.toString();
  }

  /**
   * The characters to compare: white space aside, and the asterisk, which the Markdown writes
   * for emphasis of its own. Where the author's markup vanished next to emphasis (an unsafe
   * link that became its text), its delimiters can lose their pairing and show as asterisks:
   * a blemish, never markup.
   */
  private static String withoutSpace(String text) {
    return text.replaceAll("[\\s\\x00-\\x1f\\x7f*]", "");
  }

  /** Strings made of Markdown syntax at line starts and inside lines, links and text. */
  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.of(
            "*", "**", "_", "__", "`", "``", "```", "[", "]", "(", ")", "<", ">", "![", "](",
            "\\", "https://example.com/a_b?c=1&d=%20#x", "javascript:alert(1)",
            "mailto:a@b.cd", "<b>", "</b>", "<https://example.com>", "<script>", "&amp;",
            "&#123;", "&copy", "\n", "\n\n", "  \n", " ", "    ", "\t", "word", "中文", "🚀",
            "- ", "+ ", "* ", "1. ", "2) ", "# ", "### ", "> ", "---", "===", "***", "___",
            "| ", " | ", "|---|", "~~", "~", "$", "$$", "[x]: https://example.com", "[x]",
            "[^1]", "![a](https://example.com/a.png)", "[a](https://example.com/(x))",
            "[b](javascript:alert(1))", "\r", "\u0000", "\u00a0", "\u3000")
        .list().ofMaxSize(25)
        .map(parts -> String.join("", parts));
  }
}
