package dev.vitae.generators.markdown;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's view of Markdown: with this output format a template's {@code ${value}}
 * interpolations are escaped by {@link MarkdownEscaper}, while values that already are Markdown
 * (what {@link MarkdownFunctions} returns) pass through as they are.
 */
public final class MarkdownOutputFormat
    extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {

  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(MarkdownEscaper.escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return MarkdownEscaper.escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(
      String plainTextContent, String markupContent) {
    return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
  }
}
