package dev.vitae.generators.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text literal in CommonMark and GitHub Flavored Markdown, so that no character of it
 * starts markup. Inside a line that means a backslash before every character that can open
 * inline markup, raw HTML, an entity, a table cell, strikethrough or GitHub's math; at the
 * start of a line also before what would open a block: a list item, a heading underline, a
 * thematic break; and a {@code !} that ends the text, where a link may follow and make it an
 * image. A backslash before ASCII punctuation is always a valid escape, so text that
 * ends up in the middle of a line only gains a harmless backslash.
 */
public final class MarkdownEscaper {


  /**
   * Escaped wherever they stand: {@code \} escapes; {@code `} code; {@code * _} emphasis;
   * {@code [ ]} links and images; {@code < >} raw HTML, autolinks and block quotes; {@code &}
   * entities; {@code #} headings; {@code |} table cells; {@code ~} strikethrough; {@code $}
   * GitHub's math.
   */
  private static final String ALWAYS = "\\`*_[]<>&#|~$";

  /**
   * The start of a line that would open a list item ("- ", "+ ", "1. ", "1) "), a setext
   * underline ("==", "--") or a thematic break ("---", "- - -"); the character to escape
   * ends the match.
   */
  private static final Pattern BLOCK_START =
      Pattern.compile("^(?:[-+=]|\\d{1,9}[.)])(?=[-= \t]|$)");

  /** What may precede {@code ;} in an entity; a URL's {@code &} is escaped only then. */
  private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

  private MarkdownEscaper() {}

  /** {@code text} as one line of literal Markdown, as though it began a line. */
  public static String escape(String text) {
    return escape(text, true);
  }

  /**
   * {@code text} as literal Markdown on one line: line breaks and tabs become spaces, other
   * control characters go. At the start of a line leading spaces go too (four would start
   * code), and a character that would start a block is escaped.
   */
  static String escape(String text, boolean lineStart) {
    String line = oneLine(text, lineStart);
    StringBuilder markdown = new StringBuilder(line.length() + 8);
    int blockMarker = -1;
    if (lineStart) {
      Matcher start = BLOCK_START.matcher(line);
      if (start.find()) {
        blockMarker = start.end() - 1;
      }
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean imageMarker = c == '!' && i == line.length() - 1; // a link may follow
      if (i == blockMarker || imageMarker || ALWAYS.indexOf(c) >= 0) {
        markdown.append('\\');
      }
      markdown.append(c);
    }
    return markdown.toString();
  }

  /**
   * {@code text} on one line: a line break ("\r\n", "\r", "\n") or a tab as a space, other
   * control characters (C0, DEL) left out, and at the start of a line no leading spaces. Most
   * texts have none of these and come back as they are.
   */
  private static String oneLine(String text, boolean lineStart) {
    String line = withoutControls(text);
    int spaces = 0;
    while (lineStart && spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return line.substring(spaces);
  }

  /** {@code text} with its line breaks and tabs as spaces, its other controls left out. */
  private static String withoutControls(String text) {
    int first = 0;
    while (first < text.length() && !isControl(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder line = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // the \n after it makes the space
      }
      if (c == '\r' || c == '\n' || c == '\t') {
        line.append(' ');
      } else if (!isControl(c)) {
        line.append(c);
      }
    }
    return line.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c == 0x7F;
  }

  /**
   * A URL as a link destination: parentheses, backslashes and angle brackets escaped, white
   * space percent-encoded, and an {@code &} that would read as an entity escaped, so the link
   * leads exactly where {@code url} says.
   */
  static String destination(String url) {
    StringBuilder markdown = new StringBuilder(url.length() + 8);
    Matcher entity = ENTITY.matcher(url);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if ("\\()<>".indexOf(c) >= 0 || c == '&' && entity.region(i, url.length()).lookingAt()) {
        markdown.append('\\').append(c);
      } else if (c <= ' ' || c == 0x7f) {
        markdown.append(String.format("%%%02X", (int) c));
      } else {
        markdown.append(c);
      }
    }
    return markdown.toString();
  }
}
