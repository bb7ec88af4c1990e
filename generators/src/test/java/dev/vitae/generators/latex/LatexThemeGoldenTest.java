package dev.vitae.generators.latex;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.GoldenFiles;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.i18n.BilingualCv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The LaTeX of each sample CV in each theme but the default one (whose files
 * {@code GoldenTest} keeps: {@code complete.tex}), as golden files
 * {@code <sample>.<theme>.tex}; and with a style that sets everything, on Letter paper.
 */
class LatexThemeGoldenTest {

  private static final Map<String, Resume> SAMPLES = Map.of(
      "complete", SampleCvs.complete(),
      "hostile", SampleCvs.hostile(),
      "bilingual", BilingualCv.create());

  @TestFactory
  List<DynamicTest> everySampleInEveryOtherThemeMatchesItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String sample : List.of("complete", "hostile", "bilingual")) {
      Resume cv = SAMPLES.get(sample);
      for (Theme theme : Theme.values()) {
        if (theme.key().equals(Style.DEFAULT.theme())) {
          continue;
        }
        Resume styled = cv.withStyle(cv.style().with(theme.key(), null, null, null));
        for (String language : cv.localization().languages()) {
          String stem = cv.localization().isMultilingual() ? sample + "." + language : sample;
          String file = stem + "." + theme.key() + ".tex";
          tests.add(DynamicTest.dynamicTest(file, () -> GoldenFiles.assertMatches(file,
              new LatexGenerator().render(styled, language))));
        }
      }
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> aStyleSetsPaperAccentAndSizeInEveryTheme() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      Resume cv = SampleCvs.complete().withStyle(
          new Style(theme.key(), "#0E7C66", dev.vitae.dsl.model.Paper.LETTER, 11.5));
      String file = "complete." + theme.key() + ".letter.tex";
      tests.add(DynamicTest.dynamicTest(file, () -> {
        String latex = new LatexGenerator().render(cv);
        org.junit.jupiter.api.Assertions.assertTrue(latex.contains("{geometry}")
            && latex.contains("\\usepackage[letterpaper,"), file);
        org.junit.jupiter.api.Assertions.assertTrue(
            latex.contains("\\changefontsizes{11.5pt}"), file);
        org.junit.jupiter.api.Assertions.assertTrue(
            latex.contains("\\definecolor{cvaccent}{HTML}{0E7C66}"), file);
        org.junit.jupiter.api.Assertions.assertFalse(latex.contains("a4paper"), file);
      }));
    }
    return tests;
  }
}
