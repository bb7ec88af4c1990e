package dev.vitae.generators.latex;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Localized;
import dev.vitae.generators.Templates;
import dev.vitae.generators.document.Document;
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
    Map<String, Object> model = new HashMap<>(TemplateFunctions.all());
    model.put("doc", Document.of(cv, Localized.of(cv, language)));
    model.put("cjk", CjkFonts.forLanguage(language));
    return Templates.render("latex/cv.tex.ftl", model);
  }
}
