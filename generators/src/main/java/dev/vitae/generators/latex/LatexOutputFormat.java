package dev.vitae.generators.latex;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's view of LaTeX: with this output format a template's {@code [=value]}
 * interpolations are escaped by {@link LatexEscaper}, while values that already are LaTeX
 * (what the template functions return) pass through as they are.
 */
public final class LatexOutputFormat extends CommonMarkupOutputFormat<TemplateLatexOutputModel> {

  public static final LatexOutputFormat INSTANCE = new LatexOutputFormat();

  private LatexOutputFormat() {}

  @Override
  public String getName() {
    return "LaTeX";
  }

  @Override
  public String getMimeType() {
    return "application/x-latex";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(LatexEscaper.escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return LatexEscaper.escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected TemplateLatexOutputModel newTemplateMarkupOutputModel(
      String plainTextContent, String markupContent) {
    return new TemplateLatexOutputModel(plainTextContent, markupContent);
  }
}
