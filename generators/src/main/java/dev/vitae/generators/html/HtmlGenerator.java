package dev.vitae.generators.html;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Labels;
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
import java.util.Objects;

/**
 * Writes a CV as one self-contained HTML5 page: semantic elements, inline CSS with a dark and a
 * print style, no fonts or scripts to fetch, and the person as schema.org JSON-LD.
 */
public final class HtmlGenerator implements Generator {

  private final Locale language;
  private final Labels labels;

  /** An English page. */
  public HtmlGenerator() {
    this(Locale.ENGLISH, Labels.ENGLISH);
  }

  /**
   * A page in {@code language} (its {@code lang} attribute) with the headings and words of
   * {@code labels}.
   */
  public HtmlGenerator(Locale language, Labels labels) {
    this.language = Objects.requireNonNull(language, "language");
    this.labels = Objects.requireNonNull(labels, "labels");
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String render(Resume cv) {
    StringWriter page = new StringWriter();
    try {
      Environment environment =
          HtmlTemplates.page().createProcessingEnvironment(model(cv), page);
      environment.setLocale(language);
      environment.process();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    } catch (TemplateException bug) {
      throw new IllegalStateException("the HTML template failed: " + bug.getMessage(), bug);
    }
    return page.toString();
  }

  private Map<String, Object> model(Resume cv) throws TemplateModelException {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("cv", cv);
    model.put("labels", labels);
    model.put("lang", language.toLanguageTag());
    model.put("html", new MarkupFunctions());
    // Built by Jackson, not by the template: .ftlh escaping would corrupt JSON.
    model.put("jsonLd", HTMLOutputFormat.INSTANCE.fromMarkup(PersonJsonLd.of(cv)));
    return model;
  }
}
