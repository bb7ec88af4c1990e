package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's own themes: a folder named by {@code -Avitae.themes}, one folder per theme, found
 * by the name the CV's style gives; a name that is no theme is an error at its argument.
 */
class ProjectThemesTest {

  private static final String ACME_CV = """
      Vitae.cv().basics(b -> b.name("Jane Doe"))
                  .style(s -> s.theme("acme"))
                  .build()""";

  @TempDir
  Path themes;

  @Test
  void aThemeNoFolderHoldsIsAnErrorAtItsArgument() {
    Compilation compilation = CvSources.compile(cv(ACME_CV));
    assertError(compilation, 9, 33, "[vitae:style] style theme \"acme\" names no theme; Vitae's"
        + " are classic, modern, compact; your own theme is a folder in the folder"
        + " -Avitae.themes names");
  }

  @Test
  void theProjectsThemeDrawsThePage() throws IOException {
    Path acme = Files.createDirectories(themes.resolve("acme"));
    Files.writeString(acme.resolve("cv.ftlh"), """
        <#import "/html/parts.ftlh" as p>
        <@p.page css=""><h1 class="acme">${html.inline(doc.header.name)}</h1></@p.page>
        """);
    Files.writeString(acme.resolve("cv.tex.ftl"),
        "[#include \"/latex/themes/classic/cv.tex.ftl\"]\n");
    Compilation compilation = javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.themes=" + themes).compile(cv(ACME_CV));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "cv/jane/jane.html")
        .contentsAsUtf8String().contains("<h1 class=\"acme\">Jane Doe</h1>");
  }

  @Test
  void aProjectsThemeWithoutAFormatsTemplateIsNamed() throws IOException {
    Path acme = Files.createDirectories(themes.resolve("acme"));
    Files.writeString(acme.resolve("cv.tex.ftl"),
        "[#include \"/latex/themes/classic/cv.tex.ftl\"]\n");
    Compilation compilation = javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.themes=" + themes).compile(cv(ACME_CV));
    assertThat(compilation).hadErrorContaining("[vitae:style] the theme \"acme\" has no"
        + " template cv.ftlh in " + themes.toAbsolutePath().normalize().resolve("acme"));
  }

  @Test
  void optionsNamingNoThemeOrNoFolderAreMistakes() {
    BuildOptions options = BuildOptions.of(Map.of("vitae.theme", "acme",
        "vitae.themes", themes.resolve("missing").toString()), Map.of());
    assertEquals(List.of(
        "-Avitae.themes=" + themes.resolve("missing") + " is no folder; name the folder that"
            + " holds your own themes, one folder each, such as src/main/cv-themes",
        "-Avitae.theme=acme names no theme; Vitae's are classic, modern, compact; your own"
            + " theme is a folder in the folder -Avitae.themes names"),
        options.mistakes());
  }

  @Test
  void theBuildsThemeMayBeTheProjects() throws IOException {
    Files.createDirectories(themes.resolve("acme"));
    BuildOptions options = BuildOptions.of(Map.of("vitae.theme", "acme",
        "vitae.themes", themes.toString()), Map.of());
    assertEquals(List.of(), options.mistakes());
    assertTrue(options.style().themes().has("acme"));
  }
}
