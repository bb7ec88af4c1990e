package dev.vitae.generators.html;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The FreeMarker set-up for the HTML templates, which live next to this class. */
final class HtmlTemplates {

  private static final Configuration CONFIGURATION = configure();

  private HtmlTemplates() {}

  /** The page template; FreeMarker templates are safe to share between threads. */
  static Template page() {
    try {
      return CONFIGURATION.getTemplate("cv.ftlh");
    } catch (IOException missing) {
      throw new UncheckedIOException(missing);
    }
  }

  private static Configuration configure() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(HtmlTemplates.class, "");
    configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
    // .ftlh templates escape HTML on their own: recognize output formats by file name.
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    // Never the JVM default: the same CV must render the same bytes everywhere.
    configuration.setLocale(Locale.ROOT);
    configuration.setNumberFormat("computer");
    return configuration;
  }
}
