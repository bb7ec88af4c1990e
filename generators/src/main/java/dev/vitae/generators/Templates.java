package dev.vitae.generators;

import dev.vitae.generators.latex.LatexEscaper;
import dev.vitae.generators.markdown.MarkdownEscaper;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.TemplateNotFoundException;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one FreeMarker set-up of every format's templates, which live under
 * {@code dev/vitae/generators/<format>/}. A file's name says its output format: {@code .ftlh}
 * escapes HTML; {@code .tex.ftl} escapes LaTeX and uses square brackets ({@code [#if]},
 * {@code [=x]}), because {@code ${...}} and {@code <...>} occur in LaTeX; {@code .md.ftl}
 * escapes Markdown.
 *
 * <p>A theme's templates live under {@code <format>/themes/<theme>/}; a project's own themes
 * come first ({@link ProjectThemesLoader}), then Vitae's, so a project's theme may import
 * Vitae's shared macros ({@code <#import "/html/parts.ftlh" as p>}).
 */
public final class Templates {

  /** LaTeX, for {@code *.tex.ftl}: interpolations escaped by {@link LatexEscaper}. */
  public static final EscapingOutputFormat LATEX =
      new EscapingOutputFormat("LaTeX", "application/x-latex", LatexEscaper::escape);
  /** Markdown, for {@code *.md.ftl}: interpolations escaped by {@link MarkdownEscaper}. */
  public static final EscapingOutputFormat MARKDOWN =
      new EscapingOutputFormat("Markdown", "text/markdown", MarkdownEscaper::escape);

  private static final Configuration CONFIGURATION = configure(builtIn());
  /** One set-up per project folder of themes, so each template is parsed once. */
  private static final Map<Themes, Configuration> WITH_PROJECT_THEMES =
      new ConcurrentHashMap<>();

  private Templates() {}

  /**
   * The template {@code file} of {@code theme} in {@code format} ({@code html},
   * {@code cv.ftlh}), found among {@code themes}, applied to {@code model}.
   *
   * @throws MissingThemeTemplateException when the theme has no such template
   */
  public static String render(Themes themes, String format, String theme, String file,
      Map<String, Object> model) {
    String name = format + "/themes/" + theme + "/" + file;
    try {
      return render(configuration(themes), name, model);
    } catch (UncheckedIOException missing) {
      if (missing.getCause() instanceof TemplateNotFoundException) {
        throw new MissingThemeTemplateException(theme, file, themes);
      }
      throw missing;
    }
  }

  /**
   * The template {@code name} applied to {@code model}: the whole output, or an exception, never
   * half of it.
   */
  public static String render(String name, Map<String, Object> model) {
    return render(CONFIGURATION, name, model);
  }

  private static String render(Configuration configuration, String name,
      Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      configuration.getTemplate(name).process(model, out);
    } catch (IOException missing) {
      throw new UncheckedIOException("cannot load the template " + name, missing);
    } catch (TemplateException bug) {
      throw new IllegalStateException("the template " + name + " failed: " + bug.getMessage(),
          bug);
    }
    return out.toString();
  }

  private static Configuration configuration(Themes themes) {
    if (themes.projectFolder() == null) {
      return CONFIGURATION;
    }
    return WITH_PROJECT_THEMES.computeIfAbsent(themes, Templates::withProjectThemes);
  }

  private static TemplateLoader builtIn() {
    return new ClassTemplateLoader(Templates.class.getClassLoader(), "dev/vitae/generators");
  }

  private static Configuration withProjectThemes(Themes themes) {
    try {
      Configuration configuration = configure(new MultiTemplateLoader(new TemplateLoader[] {
          new ProjectThemesLoader(themes.projectFolder()), builtIn()}));
      // a project's templates change while a live preview runs
      configuration.setTemplateUpdateDelayMilliseconds(0);
      return configuration;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the themes in " + themes.projectFolder(),
          unreadable);
    }
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(loader);
    // a template's name is its only name: no "cv_en.ftlh" looked for first
    configuration.setLocalizedLookup(false);
    configuration.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
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
