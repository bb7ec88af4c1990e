package dev.vitae.generators.latex;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of LaTeX inside FreeMarker: plain text still to escape, or finished markup. */
public final class TemplateLatexOutputModel
    extends CommonTemplateMarkupOutputModel<TemplateLatexOutputModel> {

  TemplateLatexOutputModel(String plainTextContent, String markupContent) {
    super(plainTextContent, markupContent);
  }

  @Override
  public LatexOutputFormat getOutputFormat() {
    return LatexOutputFormat.INSTANCE;
  }
}
