package dev.vitae.generators.latex;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Style;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Localized;
import dev.vitae.generators.Templates;
import dev.vitae.generators.document.Document;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a CV as a LaTeX document for xelatex in the CV's theme: the template
 * {@code latex/themes/<theme>/cv.tex.ftl}, which builds on the shared pieces under
 * {@code latex/common/}. Every text is escaped, so nothing a CV says can run as TeX.
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
    model.put("style", LatexStyle.of(cv.style()));
    return Templates.render(template(cv.style()), model);
  }

  /** The theme's own template: a built-in theme's, or one of the project's. */
  static String template(Style style) {
    return "latex/themes/" + style.theme() + "/cv.tex.ftl";
  }
}
