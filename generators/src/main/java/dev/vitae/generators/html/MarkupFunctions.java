package dev.vitae.generators.html;

import dev.vitae.generators.Phones;
import dev.vitae.generators.TemplateArguments;
import dev.vitae.generators.document.Inline;
import dev.vitae.generators.document.When;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the templates call as {@code html.*}: the few things that need Java to become safe HTML.
 * Methods that return {@link TemplateHTMLOutputModel} hand over finished markup, which the
 * auto-escaping templates print as is; everything else a template prints gets escaped.
 */
final class MarkupFunctions {

  /** The page's language: text in any other is marked with its own. */
  private final String language;
  /** The CV's country, for phone numbers written in national form; may be null. */
  private final String country;

  MarkupFunctions(String language, String country) {
    this.language = language;
    this.country = country;
  }

  /** The functions as the templates call them: {@code html.inline(item.title)}. */
  Map<String, TemplateMethodModelEx> models() {
    return Map.of(
        "inline", arguments -> inline(TemplateArguments.only(arguments, Inline.class)),
        "phrase", arguments -> phrase(parts(TemplateArguments.only(arguments, List.class))),
        "paragraphs", arguments -> paragraphs(TemplateArguments.only(arguments, Inline.class)),
        "plain", arguments -> plain(TemplateArguments.only(arguments, Inline.class)),
        "when", arguments -> when(TemplateArguments.only(arguments, When.class)),
        "tel", arguments -> tel(TemplateArguments.only(arguments, String.class)));
  }

  /** CV text as phrasing content, a link where it links, for headings and list items. */
  TemplateHTMLOutputModel inline(Inline text) throws TemplateModelException {
    return markup(phrasing(text));
  }

  /** The parts of a phrase, joined by commas: "Master, Computer Science". */
  TemplateHTMLOutputModel phrase(List<Inline> parts) throws TemplateModelException {
    StringJoiner html = new StringJoiner(", ");
    for (Inline part : parts) {
      html.add(phrasing(part));
    }
    return markup(html.toString());
  }

  /** CV prose as {@code <p>} paragraphs. */
  TemplateHTMLOutputModel paragraphs(Inline text) throws TemplateModelException {
    String paragraphs = InlineHtml.paragraphs(text.markup());
    return markup(isForeign(text)
        ? "<div lang=\"" + text.language() + "\">" + paragraphs + "</div>"
        : paragraphs);
  }

  /** CV text without markup, for {@code <title>} and attributes. */
  String plain(Inline text) {
    return PlainText.of(text.markup());
  }

  /** The words of a date or range, each date in a {@code <time>} element. */
  TemplateHTMLOutputModel when(When when) throws TemplateModelException {
    return markup(TimeElements.of(when));
  }

  /** A {@code tel:} URI with the number in E.164, or "" for a number that is not valid. */
  String tel(String phone) {
    return Phones.e164(phone, country).map(number -> "tel:" + number).orElse("");
  }

  @SuppressWarnings("unchecked") // the presentation model's phrases are lists of Inline
  private static List<Inline> parts(List<?> phrase) {
    return (List<Inline>) phrase;
  }

  private String phrasing(Inline text) {
    if (!text.isLinked()) {
      return inLanguage(text, InlineHtml.phrase(text.markup()));
    }
    return "<a href=\"" + InlineHtml.escape(text.link()) + "\">"
        + inLanguage(text, InlineHtml.linkText(text.markup())) + "</a>";
  }

  /** Phrasing content marked with its language where a fallback language stood in. */
  private String inLanguage(Inline text, String html) {
    return isForeign(text) ? "<span lang=\"" + text.language() + "\">" + html + "</span>" : html;
  }

  private boolean isForeign(Inline text) {
    return !text.language().equals(language);
  }

  private static TemplateHTMLOutputModel markup(String html) throws TemplateModelException {
    return HTMLOutputFormat.INSTANCE.fromMarkup(html);
  }
}
