package dev.vitae.generators.latex;

import dev.vitae.generators.EscapingOutputFormat;
import dev.vitae.generators.Templates;
import dev.vitae.generators.document.Inline;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The functions the LaTeX templates call for what templates should not do themselves:
 * rendering CV text, with its link, and escaping a URL. What they return is finished LaTeX.
 */
final class TemplateFunctions {

  private TemplateFunctions() {}

  static Map<String, TemplateMethodModelEx> all() {
    return Map.of(
        "md", arguments -> latex(text(argument(arguments))),
        "phrase", arguments -> latex(phrase(argument(arguments))),
        "hrefUrl", arguments -> latex(LatexEscaper.escapeUrl((String) argument(arguments))));
  }

  /** A text, as a link where it links; nothing for a text that is not there. */
  private static String text(Object value) throws TemplateModelException {
    if (value == null || "".equals(value)) {
      return "";
    }
    if (!(value instanceof Inline text)) {
      throw new TemplateModelException("expected CV text, got " + value.getClass());
    }
    String latex = LatexInlineRenderer.render(text.markup());
    return text.isLinked()
        ? "\\href{" + LatexEscaper.escapeUrl(text.link()) + "}{" + latex + "}" : latex;
  }

  /** The parts of a phrase, joined by commas. */
  private static String phrase(Object value) throws TemplateModelException {
    StringJoiner latex = new StringJoiner(", ");
    for (Object part : (List<?>) value) {
      latex.add(text(part));
    }
    return latex.toString();
  }

  private static EscapingOutputFormat.Markup latex(String markup) throws TemplateModelException {
    return Templates.LATEX.fromMarkup(markup);
  }

  private static Object argument(List<?> arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("expected one argument, got " + arguments.size());
    }
    return DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
  }
}
