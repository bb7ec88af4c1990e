package dev.vitae.generators.latex;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The FreeMarker set-up for the LaTeX templates: {@code *.tex.ftl} files load from the
 * classpath next to this class, use square brackets ({@code [#if]}, {@code [=x]}) because
 * {@code ${...}} and {@code <...>} occur in LaTeX, and escape every interpolation as LaTeX.
 */
final class LatexTemplates {

  private static final Configuration CONFIGURATION = configure();

  private LatexTemplates() {}

  static Template get(String name) {
    try {
      return CONFIGURATION.getTemplate(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load LaTeX template " + name, e);
    }
  }

  private static Configuration configure() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassLoaderForTemplateLoading(
        LatexTemplates.class.getClassLoader(), "dev/vitae/generators/latex");
    configuration.setDefaultEncoding("UTF-8");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    // never the machine's defaults: the same CV must give the same bytes everywhere
    configuration.setLocale(Locale.ENGLISH);
    configuration.setNumberFormat("computer");
    configuration.setRegisteredCustomOutputFormats(List.of(LatexOutputFormat.INSTANCE));
    configuration.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(
        new FileNameGlobMatcher("*.tex.ftl"), latexTemplateConfiguration()));
    return configuration;
  }

  private static TemplateConfiguration latexTemplateConfiguration() {
    TemplateConfiguration latex = new TemplateConfiguration();
    latex.setOutputFormat(LatexOutputFormat.INSTANCE);
    latex.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    latex.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    return latex;
  }
}
