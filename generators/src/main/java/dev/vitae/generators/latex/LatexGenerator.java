package dev.vitae.generators.latex;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Localized;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a CV as a LaTeX document for xelatex: one column, Latin Modern with Noto CJK for
 * Chinese, DejaVu Sans for symbols Latin Modern lacks, colour emoji through twemojis. Every
 * text is escaped, so nothing a CV says can run as TeX.
 */
public final class LatexGenerator implements Generator {

  @Override
  public String extension() {
    return "tex";
  }

  @Override
  public String render(Resume cv, String language) {
    Localized localized = Localized.of(cv, language);
    Map<String, Object> model = new HashMap<>(TemplateFunctions.all(localized));
    model.put("cv", cv);
    model.put("labels", localized.labels());
    model.put("cjk", CjkFonts.forLanguage(language));
    StringWriter out = new StringWriter();
    try {
      LatexTemplates.get("cv.tex.ftl").process(model, out);
    } catch (TemplateException | IOException e) {
      throw new IllegalStateException("cannot render the CV as LaTeX: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
