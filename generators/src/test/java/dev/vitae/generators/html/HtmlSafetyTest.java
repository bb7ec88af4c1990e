package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.Vitae;
import dev.vitae.generators.SampleCvs;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hostile CV text comes out as text: no element, attribute or link of its own survives. */
class HtmlSafetyTest {

  private static final Pattern JSON_LD = Pattern.compile(
      "<script type=\"application/ld\\+json\">\n(.*?)\n</script>\n", Pattern.DOTALL);

  private final HtmlGenerator generator = new HtmlGenerator();

  @Test
  void hostileTextIsInertOutsideTheJsonLd() {
    String page = generator.render(SampleCvs.hostile());
    String markup = JSON_LD.matcher(page).replaceFirst("");
    assertAll(
        () -> assertFalse(markup.toLowerCase().contains("<script"), "a script element"),
        () -> assertFalse(markup.toLowerCase().contains("<img"), "an img element"),
        () -> assertFalse(Pattern.compile("(?i)\\sonerror\\s*=").matcher(tagsOnly(markup)).find(),
            "an onerror attribute"),
        () -> assertFalse(Pattern.compile("(?i)href\\s*=\\s*[\"']?\\s*javascript:")
            .matcher(markup).find(), "a javascript: link"),
        () -> assertTrue(markup.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
            "the script text, escaped and visible"));
  }

  @Test
  void jsonLdCannotCloseItsScriptElement() {
    String page = generator.render(SampleCvs.hostile());
    Matcher jsonLd = JSON_LD.matcher(page);
    assertTrue(jsonLd.find(), "the page has its JSON-LD");
    assertFalse(jsonLd.group(1).contains("<"), jsonLd.group(1));
    assertTrue(jsonLd.group(1).contains("\\u003cscript>"), "the text is kept, encoded");
    assertFalse(jsonLd.find(), "exactly one script element");
  }

  @Test
  void onlyWebAndMailLinksBecomeLinks() {
    var cv = Vitae.cv().basics(b -> b.name("Jane")
        .summary("[a](https://ok.example) [b](JavaScript:alert(1)) [c](data:text/html,x)"
            + " [d](mailto:jane@example.com) [e](/relative) ![f](https://img.example/f.png)"))
        .build();
    String summary = between(generator.render(cv), "<div class=\"summary\">", "</div>");
    assertEquals("\n<p><a href=\"https://ok.example\">a</a> b c"
        + " <a href=\"mailto:jane@example.com\">d</a> e"
        + " <a href=\"https://img.example/f.png\">f</a></p>\n", summary);
  }

  @Test
  void markupLinksInsideALinkedTitleBecomeText() {
    var cv = Vitae.cv().basics(b -> b.name("Jane"))
        .project(p -> p.name("see [docs](https://docs.example)").url("https://example.com"))
        .build();
    assertTrue(generator.render(cv).contains(
        "<h3><a href=\"https://example.com\">see docs</a></h3>"));
  }

  /** Every tag with its quoted attribute values emptied: what is left are attribute names. */
  private static String tagsOnly(String markup) {
    StringBuilder tags = new StringBuilder();
    Matcher tag = Pattern.compile("<[^>]*>").matcher(markup);
    while (tag.find()) {
      tags.append(tag.group().replaceAll("\"[^\"]*\"", "\"\"")).append('\n');
    }
    return tags.toString();
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
