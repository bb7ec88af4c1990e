package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Style;
import dev.vitae.generators.ExternalTools;
import dev.vitae.generators.Reading;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's own LaTeX theme is found by name, like its HTML one, and may build on a
 * built-in theme: its additions come last in that theme's preamble, and the document
 * compiles.
 */
class LatexProjectThemeTest {

  @TempDir Path projectThemes;
  @TempDir Path build;

  @Test
  void anOwnThemeBuildsOnABuiltInOneAndCompiles() throws Exception {
    Path acme = Files.createDirectory(projectThemes.resolve("acme"));
    Files.writeString(acme.resolve("cv.tex.ftl"), """
        [#assign themeAdditions]
        \\renewcommand{\\cvlabel}[1]{\\par{\\Large\\color{cvaccent}#1\\par}}
        [/#assign]
        [#include "/latex/themes/classic/cv.tex.ftl"]
        """);
    Resume cv = SampleCvs.complete().withStyle(new Style("acme", "#abcdef", Paper.A4, null));
    String latex = new LatexGenerator().render(Reading.of(cv, "en", new Themes(projectThemes)));
    assertTrue(latex.contains("\\renewcommand{\\cvlabel}[1]{\\par{\\Large\\color{cvaccent}#1"
        + "\\par}}\n\n\n\\begin{document}"), latex);
    assertTrue(latex.contains("\\definecolor{cvaccent}{HTML}{ABCDEF}"), "the accent");

    Xelatex.Run run = Xelatex.compile(ExternalTools.require("xelatex", "texlive-xetex"), latex,
        build);
    assertEquals(0, run.exitCode(), "xelatex failed:\n" + run.problems());
  }
}
