package dev.vitae.generators.html;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Localized;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a CV as one self-contained HTML5 page: semantic elements, inline CSS with a dark and a
 * print style, no fonts or scripts to fetch, and the person as schema.org JSON-LD.
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
    Localized localized = Localized.of(cv, language);
    StringWriter page = new StringWriter();
    try {
      Environment environment =
          HtmlTemplates.page().createProcessingEnvironment(model(cv, localized), page);
      environment.setLocale(Locale.forLanguageTag(language));
      environment.process();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    } catch (TemplateException bug) {
      throw new IllegalStateException("the HTML template failed: " + bug.getMessage(), bug);
    }
    return page.toString();
  }

  private static Map<String, Object> model(Resume cv, Localized localized)
      throws TemplateModelException {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("cv", cv);
    model.put("labels", localized.labels());
    model.put("lang", localized.language());
    model.put("html", new MarkupFunctions(localized));
    // Built by Jackson, not by the template: .ftlh escaping would corrupt JSON.
    model.put("jsonLd", HTMLOutputFormat.INSTANCE.fromMarkup(PersonJsonLd.of(cv, localized)));
    return model;
  }
}
