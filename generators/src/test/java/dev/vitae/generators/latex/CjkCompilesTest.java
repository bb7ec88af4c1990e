package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.generators.ExternalTools;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CV written in Simplified Chinese, Traditional Chinese, Japanese or Korean compiles with
 * xelatex in the Noto CJK family of its region, loses no glyph, and its words survive into the
 * PDF. One xelatex run per language.
 */
class CjkCompilesTest {

  private static final List<String> REGIONS = List.of("SC", "TC", "JP", "KR");

  @TempDir Path directory;

  static Stream<CjkCvs.Sample> samples() {
    return CjkCvs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void compilesInItsRegionsFontWithoutLostGlyphs(CjkCvs.Sample sample) throws Exception {
    Path xelatex = ExternalTools.require("xelatex", "texlive-xetex");
    Path pdftotext = ExternalTools.require("pdftotext", "poppler-utils");
    String latex = new LatexGenerator().render(sample.cv(), sample.language());
    usesOnlyTheFamiliesOf(sample.fontRegion(), latex);

    Xelatex.Run run = Xelatex.compile(xelatex, failOnLostGlyphs(latex), directory);

    assertEquals(0, run.exitCode(), "xelatex failed:\n" + run.problems());
    assertTrue(run.pdfWritten(), "no PDF written");
    assertFalse(run.lostCharacters(), "glyphs missing from the fonts:\n" + run.problems());
    loadedOnlyTheFamiliesOf(sample.fontRegion(), run.log());
    String text = Xelatex.text(pdftotext, run.pdf());
    String withoutSpaces = text.replaceAll("\\s+", "");
    for (String words : sample.mustShow()) {
      assertTrue(withoutSpaces.contains(words), words + " is not in the PDF:\n" + text);
    }
    String spacesCollapsed = text.replaceAll("\\s+", " ");
    for (String words : sample.spacedAsTyped()) {
      assertTrue(spacesCollapsed.contains(words), "\"" + words + "\" is not in the PDF with"
          + " its spaces as typed:\n" + text);
    }
  }

  private static void usesOnlyTheFamiliesOf(String region, String latex) {
    assertTrue(latex.contains("\\setCJKmainfont{Noto Serif CJK " + region + "}"), latex);
    assertTrue(latex.contains("\\setCJKsansfont{Noto Sans CJK " + region + "}"), latex);
    assertTrue(latex.contains("\\setCJKmonofont{Noto Sans Mono CJK " + region + "}"), latex);
    for (String other : REGIONS) {
      if (!other.equals(region)) {
        assertFalse(latex.contains("CJK " + other + "}"), "the " + region + " document names "
            + other + ":\n" + latex);
      }
    }
  }

  /**
   * fontspec logs "Font family 'NotoSerifCJKSC(0)' created" for each family it loads: the
   * region's serif family (the sans one only where the theme sets sans CJK text), never
   * another region's.
   */
  private static void loadedOnlyTheFamiliesOf(String region, String log) {
    assertTrue(log.contains("'NotoSerifCJK" + region + "("), "NotoSerifCJK" + region
        + " not loaded for " + region);
    for (String family : List.of("NotoSerifCJK", "NotoSansCJK")) {
      for (String candidate : REGIONS) {
        if (!candidate.equals(region)) {
          assertFalse(log.contains("'" + family + candidate + "("),
              family + candidate + " loaded for " + region);
        }
      }
    }
  }

  /** The document with a missing glyph made an error rather than a line in the log. */
  private static String failOnLostGlyphs(String latex) {
    return latex.replace("\\begin{document}", "\\tracinglostchars=3\n\\begin{document}");
  }
}
