package dev.vitae.generators;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * FreeMarker's view of a markup FreeMarker does not know (LaTeX, Markdown): a template's
 * interpolations are escaped by the format's escaper, while values that already are markup
 * (what the template functions return) pass through as they are.
 */
public final class EscapingOutputFormat
    extends CommonMarkupOutputFormat<EscapingOutputFormat.Markup> {

  private final String name;
  private final String mimeType;
  private final UnaryOperator<String> escaper;

  public EscapingOutputFormat(String name, String mimeType, UnaryOperator<String> escaper) {
    this.name = name;
    this.mimeType = mimeType;
    this.escaper = escaper;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getMimeType() {
    return mimeType;
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escaper.apply(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return escaper.apply(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Markup(plainTextContent, markupContent, this);
  }

  /** A piece of this markup inside FreeMarker: plain text still to escape, or finished markup. */
  public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

    private final EscapingOutputFormat format;

    Markup(String plainTextContent, String markupContent, EscapingOutputFormat format) {
      super(plainTextContent, markupContent);
      this.format = format;
    }

    @Override
    public EscapingOutputFormat getOutputFormat() {
      return format;
    }
  }
}
