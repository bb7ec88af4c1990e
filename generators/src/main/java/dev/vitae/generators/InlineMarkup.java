package dev.vitae.generators;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Parses the inline markup of CV text: {@code **bold**}, {@code *italic*}, {@code `code`},
 * {@code [link](https://example.com)}. Block syntax is switched off, so a text that starts
 * with "1." or "#" stays literal. Raw HTML in the text comes back as {@code HtmlInline} nodes,
 * which every renderer must write as literal, escaped text.
 */
public final class InlineMarkup {

  private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[!-/:-@\\[-`{-~]");

  private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();

  private InlineMarkup() {}

  /**
   * {@code value} as markup that reads as the value itself: every ASCII punctuation character
   * escaped, so no character of it starts markup. For values that are not prose (a postal
   * code) set among prose.
   */
  public static String literal(String value) {
    return value == null ? null : ASCII_PUNCTUATION.matcher(value).replaceAll("\\\\$0");
  }

  /** A document whose paragraphs hold the inline nodes of {@code text}. */
  public static Node parse(String text) {
    return PARSER.parse(text);
  }
}
