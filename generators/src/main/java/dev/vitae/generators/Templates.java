package dev.vitae.generators;

import dev.vitae.generators.latex.LatexEscaper;
import dev.vitae.generators.markdown.MarkdownEscaper;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one FreeMarker set-up of every format's templates, which live under
 * {@code dev/vitae/generators/<format>/}. A file's name says its output format: {@code .ftlh}
 * escapes HTML; {@code .tex.ftl} escapes LaTeX and uses square brackets ({@code [#if]},
 * {@code [=x]}), because {@code ${...}} and {@code <...>} occur in LaTeX; {@code .md.ftl}
 * escapes Markdown.
 */
public final class Templates {

  /** LaTeX, for {@code *.tex.ftl}: interpolations escaped by {@link LatexEscaper}. */
  public static final EscapingOutputFormat LATEX =
      new EscapingOutputFormat("LaTeX", "application/x-latex", LatexEscaper::escape);
  /** Markdown, for {@code *.md.ftl}: interpolations escaped by {@link MarkdownEscaper}. */
  public static final EscapingOutputFormat MARKDOWN =
      new EscapingOutputFormat("Markdown", "text/markdown", MarkdownEscaper::escape);

  private static final Configuration CONFIGURATION = configure();

  private Templates() {}

  /**
   * The template {@code name} applied to {@code model}: the whole output, or an exception, never
   * half of it.
   */
  public static String render(String name, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      CONFIGURATION.getTemplate(name).process(model, out);
    } catch (IOException missing) {
      throw new UncheckedIOException("cannot load the template " + name, missing);
    } catch (TemplateException bug) {
      throw new IllegalStateException("the template " + name + " failed: " + bug.getMessage(),
          bug);
    }
    return out.toString();
  }

  private static Configuration configure() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
    configuration.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(),
        "dev/vitae/generators");
    configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    // Never the JVM's defaults: the same CV must give the same bytes everywhere.
    configuration.setLocale(Locale.ROOT);
    configuration.setNumberFormat("computer");
    configuration.setRegisteredCustomOutputFormats(
        List.of(LATEX, MARKDOWN));
    configuration.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
        new ConditionalTemplateConfigurationFactory(
            new FileNameGlobMatcher("*.tex.ftl"), latex()),
        new ConditionalTemplateConfigurationFactory(
            new FileNameGlobMatcher("*.md.ftl"), markdown()))
        .allowNoMatch(true));
    return configuration;
  }

  private static TemplateConfiguration latex() {
    TemplateConfiguration latex = new TemplateConfiguration();
    latex.setOutputFormat(LATEX);
    latex.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    latex.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    return latex;
  }

  private static TemplateConfiguration markdown() {
    TemplateConfiguration markdown = new TemplateConfiguration();
    markdown.setOutputFormat(MARKDOWN);
    return markdown;
  }
}
