package dev.vitae.generators.markdown;

import dev.vitae.generators.InlineMarkup;
import dev.vitae.generators.InlineRenderer;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * Writes the inline markup of CV text back as Markdown that GitHub reads the way the author
 * meant: emphasis, strong emphasis, code and links to safe URLs stay markup; everything the
 * author typed literally, raw HTML included, is escaped by {@link MarkdownEscaper}, so it can
 * open no element, heading, list, table cell, image or link of its own. A link to anything but
 * http, https or mailto is written as its text alone; an image as a link to it.
 */
final class InlineMarkdown extends InlineRenderer {

  private static final Pattern LINE_BREAK = Pattern.compile("[\r\n]");

  /** Where the text goes, which decides what its line and paragraph breaks become. */
  enum Place {
    /** A line of its own making: a heading, a list of contacts. Breaks become spaces. */
    LINE,
    /** A GFM table cell: one line, breaks become {@code <br>}, which GitHub allows there. */
    CELL,
    /** A block: paragraphs, hard line breaks and the author's lines are kept. */
    BLOCK
  }

  private final StringBuilder markdown = new StringBuilder();
  private final Place place;
  /** What starts each further line of a block: the indentation of a list item, "> ". */
  private final String continuation;
  /** Nothing written yet on the current line: a character here could start a block. */
  private boolean lineStart = true;

  private InlineMarkdown(Place place, String continuation, boolean insideLink) {
    super(insideLink);
    this.place = place;
    this.continuation = continuation;
  }

  /** The text on one line, as in a heading. */
  static String line(String text) {
    return line(InlineMarkup.parse(text));
  }

  static String line(Node markup) {
    return new InlineMarkdown(Place.LINE, "", false).write(markup);
  }

  /** Like {@link #line}, for the text of a link: its own links become text. */
  static String linkText(Node markup) {
    return new InlineMarkdown(Place.LINE, "", true).write(markup);
  }

  /** The text in a table cell. */
  static String cell(Node markup, boolean insideLink) {
    return new InlineMarkdown(Place.CELL, "", insideLink).write(markup);
  }

  /**
   * The text as a block whose first line starts where the caller put it and whose further
   * lines start with {@code continuation}.
   */
  static String block(Node markup, String continuation) {
    return new InlineMarkdown(Place.BLOCK, continuation, false).write(markup);
  }

  static String block(String text, String continuation) {
    return block(InlineMarkup.parse(text), continuation);
  }

  private String write(Node document) {
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block != document.getFirstChild() && !markdown.isEmpty()) {
        paragraphBreak();
      }
      block.accept(this);
    }
    return markdown.toString();
  }

  private void paragraphBreak() {
    switch (place) {
      case LINE -> append(" ");
      case CELL -> append("<br>");
      case BLOCK -> newLine("\n" + continuation.stripTrailing() + "\n" + continuation);
    }
  }

  @Override
  public void visit(Paragraph paragraph) {
    visitChildren(paragraph);
  }


  @Override
  public void visit(Code code) {
    append(codeSpan(code.getLiteral()));
  }

  @Override
  public void visit(Emphasis emphasis) {
    wrap("*", emphasis);
  }

  @Override
  public void visit(StrongEmphasis strong) {
    wrap("**", strong);
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    if (markdown.isEmpty()) {
      return; // a break before any text (the only content of a dropped link): an empty first
              // line would make a list item that cannot follow a paragraph
    }
    if (place == Place.BLOCK) {
      newLine("\n" + continuation);
    } else {
      append(" ");
    }
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    if (lineBreak.getNext() == null || markdown.isEmpty()) {
      return; // a break with nothing after it (at the end of a link's text) breaks nothing
    }
    switch (place) {
      case LINE -> append(" ");
      case CELL -> append("<br>");
      case BLOCK -> newLine("\\\n" + continuation);
    }
  }

  @Override
  protected void link(String destination, Node content) {
    append("[");
    InlineMarkdown text = new InlineMarkdown(place, continuation, true);
    text.lineStart = false;
    text.visitChildren(content);
    append(text.markdown.toString());
    append("](" + MarkdownEscaper.destination(destination) + ")");
  }

  /**
   * What {@code node} holds between its delimiters, which hug the text: CommonMark reads
   * "* x*" as a list item or an asterisk, not emphasis, so white space at either end goes
   * outside them, and emphasis of nothing but white space (an empty link's text dropped) keeps
   * only that.
   */
  private void wrap(String delimiter, Node node) {
    int open = markdown.length();
    boolean openedAtLineStart = lineStart;
    append(delimiter);
    visitChildren(node);
    String inner = markdown.substring(open + delimiter.length());
    int from = 0;
    int to = inner.length();
    while (from < to && isWhiteSpace(inner.charAt(from))) {
      from++;
    }
    while (to > from && isWhiteSpace(inner.charAt(to - 1))) {
      to--;
    }
    if (from == 0 && to == inner.length() && to > 0) {
      append(delimiter); // nearly always: the text hugs its delimiters already
      return;
    }
    markdown.setLength(open);
    markdown.append(inner, 0, from);
    if (to > from) {
      markdown.append(delimiter).append(inner, from, to).append(delimiter);
    }
    markdown.append(inner, to, inner.length());
    // what follows starts a line if only white space was written since a line began
    String written = markdown.substring(open);
    lineStart = written.substring(written.lastIndexOf('\n') + 1).isBlank()
        && (openedAtLineStart || written.indexOf('\n') >= 0);
  }

  private static boolean isWhiteSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * A code span whose content is {@code code} exactly: fenced by one backtick more than the
   * longest run inside, padded with a space where the content would otherwise touch the fence
   * or lose a space of its own. In a table cell a pipe is escaped even here, as GFM requires.
   */
  static String codeSpan(String code, boolean inCell) {
    String content = LINE_BREAK.matcher(code).replaceAll(" ");
    if (content.isEmpty()) {
      return "";
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < content.length(); i++) {
      run = content.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = content.startsWith("`") || content.endsWith("`")
        || content.startsWith(" ") && content.endsWith(" ") && !content.isBlank();
    String padding = pad ? " " : "";
    if (inCell) {
      content = content.replace("|", "\\|");
    }
    return fence + padding + content + padding + fence;
  }

  private String codeSpan(String code) {
    return codeSpan(code, place == Place.CELL);
  }

  @Override
  protected void literal(String text) {
    append(MarkdownEscaper.escape(text, lineStart));
  }

  private void append(String text) {
    if (!text.isEmpty()) {
      markdown.append(text);
      lineStart = false;
    }
  }

  private void newLine(String text) {
    markdown.append(text);
    lineStart = true;
  }
}
