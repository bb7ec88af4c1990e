package dev.vitae.generators.html;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import dev.vitae.generators.Phones;
import dev.vitae.generators.Templates;
import dev.vitae.generators.document.Document;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.Map;

/**
 * Writes a CV as one self-contained HTML5 page in its theme: semantic elements, inline CSS
 * for print (which the PDF is drawn from) and for screens, light and dark, no fonts or scripts to fetch, and the person as schema.org JSON-LD.
 */
public final class HtmlGenerator implements Generator {

  /** A generator; it holds no state, so one instance may render many CVs. */
  public HtmlGenerator() {}

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String render(Resume cv, String language) {
    return render(Reading.of(cv, language));
  }

  /** The page drawn by the theme the CV's style names: its {@code cv.ftlh}. */
  @Override
  public String render(Reading reading) {
    Resume cv = reading.cv();
    Document document = reading.document();
    try {
      Map<String, Object> model = Map.of(
          "doc", document,
          "html", new MarkupFunctions(reading.language(), Phones.countryOf(cv)).models(),
          // Built by Jackson, not by the template: .ftlh escaping would corrupt JSON.
          "jsonLd", HTMLOutputFormat.INSTANCE.fromMarkup(
              PersonJsonLd.of(cv, reading.localized())));
      return Templates.render(reading.themes(), "html", document.look().theme(), "cv.ftlh",
          model);
    } catch (TemplateModelException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
