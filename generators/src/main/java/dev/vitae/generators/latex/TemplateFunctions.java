package dev.vitae.generators.latex;

import dev.vitae.dsl.check.Links;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.Dates;
import dev.vitae.generators.Localized;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import java.util.Map;

/**
 * The functions the LaTeX templates call for what templates should not do themselves:
 * parsing inline markup, deciding whether a URL may become a link, escaping it, and formatting
 * dates. Text that comes back as {@link TemplateLatexOutputModel} is finished LaTeX.
 */
final class TemplateFunctions {

  private TemplateFunctions() {}

  /** The functions for one rendering, with texts and dates as {@code localized} reads them. */
  static Map<String, TemplateMethodModelEx> all(Localized localized) {
    return Map.of(
        "md", arguments -> latex(LatexInlineRenderer.render(
            markup(argument(arguments), localized))),
        "safeUrl", arguments -> Links.isSafeUrl(string(argument(arguments))),
        "hrefUrl", arguments -> latex(LatexEscaper.escapeUrl(string(argument(arguments)))),
        "dates", arguments -> dates(argument(arguments), localized.dates()),
        "duration", arguments -> localized.dates().duration((DateRange) argument(arguments)));
  }

  private static TemplateLatexOutputModel latex(String markup) throws TemplateModelException {
    return LatexOutputFormat.INSTANCE.fromMarkup(markup);
  }

  private static String markup(Object value, Localized localized)
      throws TemplateModelException {
    if (value instanceof Text text) {
      return localized.text(text);
    }
    return string(value);
  }

  private static String string(Object value) throws TemplateModelException {
    if (value instanceof String string) {
      return string;
    }
    throw new TemplateModelException("expected a string, got " + describe(value));
  }

  private static String dates(Object value, Dates dates) throws TemplateModelException {
    if (isNothing(value)) {
      return "";
    }
    if (value instanceof DateRange range) {
      return dates.format(range);
    }
    if (value instanceof PartialDate date) {
      return dates.format(date);
    }
    throw new TemplateModelException("expected a date or date range, got " + describe(value));
  }

  /** What a template passes for a missing value: {@code dates(entry.dates!)}. */
  private static boolean isNothing(Object value) {
    return value == null || "".equals(value);
  }

  private static Object argument(List<?> arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("expected one argument, got " + arguments.size());
    }
    return DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
  }

  private static String describe(Object value) {
    return value == null ? "nothing" : value.getClass().getSimpleName();
  }
}
