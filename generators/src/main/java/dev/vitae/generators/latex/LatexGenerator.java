package dev.vitae.generators.latex;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import dev.vitae.generators.Templates;
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
    return render(Reading.of(cv, language));
  }

  @Override
  public String render(Reading reading) {
    Map<String, Object> model = new HashMap<>(TemplateFunctions.all());
    model.put("doc", reading.document());
    model.put("cjk", CjkFonts.forLanguage(reading.language()));
    return Templates.render("latex/cv.tex.ftl", model);
  }
}
