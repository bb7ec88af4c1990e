package dev.vitae.generators.latex;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import dev.vitae.generators.Templates;
import dev.vitae.generators.document.Document;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a CV as a LaTeX document for xelatex in the CV's theme: the template
 * {@code latex/themes/<theme>/cv.tex.ftl}, a project's own or Vitae's, which builds on the
 * shared pieces under {@code latex/common/}. Every text is escaped, so nothing a CV says can run as TeX.
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

  /** The document of the theme the CV's style names: its {@code cv.tex.ftl}. */
  @Override
  public String render(Reading reading) {
    Document document = reading.document();
    Map<String, Object> model = new HashMap<>(TemplateFunctions.all());
    model.put("doc", document);
    model.put("cjk", CjkFonts.forLanguage(reading.language()));
    model.put("style", LatexStyle.of(document.look()));
    return Templates.render(reading.themes(), "latex", document.look().theme(), "cv.tex.ftl",
        model);
  }
}
