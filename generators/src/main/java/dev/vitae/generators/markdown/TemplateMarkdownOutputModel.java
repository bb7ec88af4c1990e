package dev.vitae.generators.markdown;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of Markdown inside FreeMarker: plain text still to escape, or finished markup. */
public final class TemplateMarkdownOutputModel
    extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {

  TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
    super(plainTextContent, markupContent);
  }

  @Override
  public MarkdownOutputFormat getOutputFormat() {
    return MarkdownOutputFormat.INSTANCE;
  }
}
