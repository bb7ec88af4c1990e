package dev.vitae.generators.markdown;

import dev.vitae.generators.EscapingOutputFormat;
import dev.vitae.generators.TemplateArguments;
import dev.vitae.generators.Templates;
import dev.vitae.generators.document.Inline;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the templates call as {@code md.*}: CV text as safe Markdown. What these methods return
 * is finished markup, which the templates print as is; everything else a template prints is
 * escaped by {@link Templates#MARKDOWN}. It holds no state: one set serves every render.
 */
final class MarkdownFunctions {

  /** The functions as the templates call them: {@code md.inline(item.title)}. */
  static final Map<String, TemplateMethodModelEx> MODELS = Map.of(
      "inline", arguments -> inline(TemplateArguments.only(arguments, Inline.class)),
      "phrase", arguments -> phrase(parts(TemplateArguments.only(arguments, List.class))),
      "block", arguments -> block(TemplateArguments.at(arguments, 0, 2, Inline.class),
          TemplateArguments.at(arguments, 1, 2, String.class)),
      "cell", arguments -> cell(TemplateArguments.only(arguments, Inline.class)),
      "url", arguments -> url(TemplateArguments.only(arguments, String.class)));

  private MarkdownFunctions() {}

  /** CV text on one line (a heading, a list item's first line), a link where it links. */
  static EscapingOutputFormat.Markup inline(Inline text) throws TemplateModelException {
    return markup(line(text));
  }

  /** The parts of a phrase, joined by commas: "Master, Computer Science". */
  static EscapingOutputFormat.Markup phrase(List<Inline> parts) throws TemplateModelException {
    StringJoiner markdown = new StringJoiner(", ");
    for (Inline part : parts) {
      markdown.add(line(part));
    }
    return markup(markdown.toString());
  }

  /**
   * CV prose as paragraphs: the first line starts where the template puts it, every further
   * line with {@code continuation} (the indentation of a list item, "> " in a quotation).
   */
  static EscapingOutputFormat.Markup block(Inline text, String continuation)
      throws TemplateModelException {
    if (text.isLinked()) {
      return inline(text);
    }
    return markup(InlineMarkdown.block(text.markup(), continuation));
  }

  /** CV text in a GFM table cell. */
  static EscapingOutputFormat.Markup cell(Inline text) throws TemplateModelException {
    if (!text.isLinked()) {
      return markup(InlineMarkdown.cell(text.markup(), false));
    }
    return markup(link(InlineMarkdown.cell(text.markup(), true), text.link()));
  }

  /** A link destination: {@code url}, which must be safe, escaped for Markdown. */
  static EscapingOutputFormat.Markup url(String url) throws TemplateModelException {
    return markup(MarkdownEscaper.destination(url));
  }

  @SuppressWarnings("unchecked") // the presentation model's phrases are lists of Inline
  private static List<Inline> parts(List<?> phrase) {
    return (List<Inline>) phrase;
  }

  private static String line(Inline text) {
    if (!text.isLinked()) {
      return InlineMarkdown.line(text.markup());
    }
    return link(InlineMarkdown.linkText(text.markup()), text.link());
  }

  private static String link(String text, String url) {
    return "[" + text + "](" + MarkdownEscaper.destination(url) + ")";
  }

  private static EscapingOutputFormat.Markup markup(String markdown)
      throws TemplateModelException {
    return Templates.MARKDOWN.fromMarkup(markdown);
  }
}
