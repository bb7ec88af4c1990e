package dev.vitae.generators.html;

import dev.vitae.dsl.check.Links;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.Localized;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

/**
 * What the templates call as {@code html.*}: the few things that need Java to become safe HTML.
 * Methods that return {@link TemplateHTMLOutputModel} hand over finished markup, which the
 * auto-escaping templates print as is; everything else a template prints gets escaped.
 *
 * <p>Public only because FreeMarker calls public methods of public classes; it is no API.
 */
public final class MarkupFunctions {

  private final Localized localized;

  MarkupFunctions(Localized localized) {
    this.localized = localized;
  }

  /** CV text as phrasing content, for headings, list items and table-like lines. */
  public TemplateHTMLOutputModel inline(Text text) throws TemplateModelException {
    return markup(inLanguage(text, InlineHtml.phrase(localized.text(text))));
  }

  /** CV text as a link to {@code url}, or as plain phrasing content when it is no link. */
  public TemplateHTMLOutputModel linked(Text text, String url) throws TemplateModelException {
    if (!isLink(url)) {
      return inline(text);
    }
    return markup("<a href=\"" + InlineHtml.escape(url) + "\">"
        + inLanguage(text, InlineHtml.linkText(localized.text(text))) + "</a>");
  }

  /** CV prose as {@code <p>} paragraphs. */
  public TemplateHTMLOutputModel paragraphs(Text text) throws TemplateModelException {
    String paragraphs = InlineHtml.paragraphs(localized.text(text));
    return markup(isForeign(text)
        ? "<div lang=\"" + localized.languageOf(text) + "\">" + paragraphs + "</div>"
        : paragraphs);
  }

  /** CV text without markup, for {@code <title>} and attributes. */
  public String plain(Text text) {
    return PlainText.of(localized.text(text));
  }

  public TemplateHTMLOutputModel date(PartialDate date) throws TemplateModelException {
    return markup(TimeElements.of(date, localized.dates()));
  }

  public TemplateHTMLOutputModel dates(DateRange range) throws TemplateModelException {
    return markup(TimeElements.of(range, localized.dates()));
  }

  /** Whether a URL may become a link: absolute http, https or mailto. */
  public boolean isLink(String url) {
    return url != null && Links.isSafeUrl(url);
  }

  /** A {@code tel:} URI: the digits of the number, with its leading plus if any. */
  public String tel(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    return "tel:" + (phone.strip().startsWith("+") ? "+" : "") + digits;
  }

  /** A URL as people read it: without the scheme and the trailing slash. */
  public String shortUrl(String url) {
    return url.replaceFirst("^(?i)(https?://|mailto:)", "").replaceFirst("/$", "");
  }

  /**
   * How long a finished range lasted ("3 years, 10 months"), or "" where that cannot be said.
   */
  public String duration(DateRange range) {
    return localized.dates().duration(range);
  }

  /** Phrasing content marked with its language where a fallback language stood in. */
  private String inLanguage(Text text, String html) {
    return isForeign(text)
        ? "<span lang=\"" + localized.languageOf(text) + "\">" + html + "</span>"
        : html;
  }

  private boolean isForeign(Text text) {
    return !localized.languageOf(text).equals(localized.language());
  }

  private static TemplateHTMLOutputModel markup(String html) throws TemplateModelException {
    return HTMLOutputFormat.INSTANCE.fromMarkup(html);
  }
}
