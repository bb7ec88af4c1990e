package dev.vitae.generators.latex;

import dev.vitae.generators.EscapingOutputFormat;
import dev.vitae.generators.TemplateArguments;
import dev.vitae.generators.Templates;
import dev.vitae.generators.document.Inline;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The functions the LaTeX templates call for what templates should not do themselves:
 * rendering CV text, with its link, escaping a URL, splitting a name, naming a photo's file.
 * What they return is finished LaTeX.
 */
final class TemplateFunctions {

  /** A file name TeX can open as it is: letters, digits, dots, dashes; an image's extension. */
  private static final Pattern PHOTO_FILE =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,99}\\.(?i:png|jpe?g|pdf)");

  private TemplateFunctions() {}

  static Map<String, TemplateMethodModelEx> all() {
    return Map.of(
        "md", arguments -> latex(text(TemplateArguments.only(arguments))),
        "phrase", arguments -> latex(phrase(TemplateArguments.only(arguments))),
        "hrefUrl", arguments ->
            latex(LatexEscaper.escapeUrl(TemplateArguments.only(arguments, String.class))),
        "givenName", arguments -> latex(namePart(TemplateArguments.only(arguments), true)),
        "familyName", arguments -> latex(namePart(TemplateArguments.only(arguments), false)),
        "photoFile", arguments -> photoFile(TemplateArguments.only(arguments, String.class)));
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

  /**
   * The words of a name before its last space ("Jane Maria"), or the last word ("Doe"), for
   * themes that set them apart. A name of one word (徐鑫) is all family name.
   */
  private static String namePart(Object value, boolean given) throws TemplateModelException {
    if (!(value instanceof Inline name)) {
      return "";
    }
    String source = name.source().strip();
    int space = source.lastIndexOf(' ');
    if (space < 0) {
      return given ? "" : text(name);
    }
    String part = given ? source.substring(0, space) : source.substring(space + 1);
    return LatexInlineRenderer.render(part);
  }

  /**
   * The file a photo's URL names (its last path segment, "jane.png"), which the document
   * shows when a file of that name lies beside it; null for a name TeX could misread.
   */
  private static String photoFile(String url) {
    if (url == null) {
      return null;
    }
    String path;
    try {
      path = URI.create(url).getPath();
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
    if (path == null) {
      return null;
    }
    String file = path.substring(path.lastIndexOf('/') + 1);
    return PHOTO_FILE.matcher(file).matches() ? file : null;
  }

  private static EscapingOutputFormat.Markup latex(String markup) throws TemplateModelException {
    return Templates.LATEX.fromMarkup(markup);
  }

}
