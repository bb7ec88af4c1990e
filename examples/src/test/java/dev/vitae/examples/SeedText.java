package dev.vitae.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CV as its author published it (Markdown, HTML, a Jekyll page or plain text), reduced to
 * the words a reader sees: markup, template code, link targets and placeholder contact
 * details are not part of what the CV says.
 */
final class SeedText {

  /** Jekyll front matter: a block between two "---" lines at the very top. */
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---\\R.*?\\R---\\R",
      Pattern.DOTALL);
  /** HTML comments hide what they hold, even whole sections. */
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  /** Liquid tags and output: {@code {% include x %}}, {@code {{ site.title }}}. */
  private static final Pattern TEMPLATE_CODE = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}",
      Pattern.DOTALL);
  /** An HTML tag; "<1pt" or "->" are text, not tags. */
  private static final Pattern HTML_TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
  /** The target of a Markdown link: "[text](target)" shows only "text". */
  private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)\\s]*\\)");
  /** The number of a Markdown ordered-list item; the list numbers it, the author did not. */
  private static final Pattern LIST_NUMBER = Pattern.compile("(?m)^[ \\t]*\\d+[.)][ \\t]+");
  /** Placeholder e-mail addresses at the domains reserved for examples. */
  private static final Pattern EXAMPLE_EMAIL =
      Pattern.compile("[\\w.+-]+@example\\.(?:com|org|net)\\b");
  /** Placeholder phone numbers: zeros only, after an optional country code. */
  private static final Pattern ZERO_PHONE =
      Pattern.compile("(?<![\\d.])(?:\\+\\d{1,3}[ -]?)?0{3}(?:[ -]?0{3,4})+(?![\\d.])");
  /** Where a second language begins: the first line written in Chinese, Japanese or Korean. */
  private static final Pattern CJK_LINE = Pattern.compile(
      "(?m)^.*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

  private final String text;

  private SeedText(String text) {
    this.text = text;
  }

  /** Reads a seed from the class path. */
  static SeedText read(String resource) {
    try (InputStream in = SeedText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A seed's text, repairing what was once mis-decoded. */
  static SeedText of(String text) {
    return new SeedText(Mojibake.repair(text));
  }

  /** The part before the first line in Chinese, Japanese or Korean: the CV's Western half. */
  SeedText beforeLanguageBoundary() {
    return new SeedText(text.substring(0, languageBoundary()));
  }

  /** The part from the first line in Chinese, Japanese or Korean on. */
  SeedText fromLanguageBoundary() {
    return new SeedText(text.substring(languageBoundary()));
  }

  /** The words a reader of the published CV sees, in order, repeats included. */
  List<String> words() {
    String visible = text;
    visible = FRONT_MATTER.matcher(visible).replaceFirst("");
    visible = HTML_COMMENT.matcher(visible).replaceAll(" ");
    visible = TEMPLATE_CODE.matcher(visible).replaceAll(" ");
    visible = HTML_TAG.matcher(visible).replaceAll(" ");
    visible = LINK_TARGET.matcher(visible).replaceAll("] ");
    visible = LIST_NUMBER.matcher(visible).replaceAll("");
    visible = EXAMPLE_EMAIL.matcher(visible).replaceAll(" ");
    visible = ZERO_PHONE.matcher(visible).replaceAll(" ");
    return Words.of(visible);
  }

  private int languageBoundary() {
    Matcher line = CJK_LINE.matcher(text);
    if (!line.find()) {
      throw new IllegalStateException("the seed holds no Chinese, Japanese or Korean line");
    }
    return line.start();
  }
}
