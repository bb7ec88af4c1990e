package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.ExternalTools;
import dev.vitae.generators.latex.LatexGenerator;
import dev.vitae.generators.latex.PageFill;
import dev.vitae.generators.latex.Xelatex;
import dev.vitae.pdf.ReadPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in every theme, compiled by xelatex (two at a time, each within two minutes):
 * the log holds no overfull or underfull box and no missing character, the PDF keeps at least
 * 98% of the seed's words, and every page but the last is at least two-thirds full. The page
 * counts are printed.
 */
class LatexThemesTest {

  private static final Map<String, Supplier<Resume>> EXAMPLES = Map.of(
      "github-profile", GithubProfileCv::githubProfile,
      "chinese-engineer", ChineseEngineerCv::chineseEngineer,
      "bilingual", BilingualCv::bilingual,
      "academic", AcademicCv::academic,
      "senior-engineer", SeniorEngineerCv::seniorEngineer);
  private static final double REQUIRED_PERCENT = 98.0;
  /**
   * Two thirds of the text area, as a fraction of the page's height down to the lowest word:
   * the themes' top margins are 1 to 1.7 cm of 29.7, their text areas about 88% of it.
   */
  private static final double FULL_ENOUGH = 0.06 + 2.0 / 3 * 0.88;

  /** Kept after the run, to look at: target/latex-themes/<example>.<theme>/cv.pdf. */
  private static final Path WORK = Path.of(System.getProperty("vitae.output", "target/cv"))
      .resolveSibling("latex-themes");

  private static final Map<String, Future<Result>> COMPILED = new TreeMap<>();
  private static ExecutorService pool;

  record Result(Xelatex.Run run, String text, List<Double> fills, int images) {}

  @BeforeAll
  static void compileEveryExampleInEveryTheme() {
    Path xelatex = ExternalTools.require("xelatex", "texlive-xetex");
    Path pdftotext = ExternalTools.require("pdftotext", "poppler-utils");
    pool = Executors.newFixedThreadPool(2);
    for (SeedDocument document : SeedDocument.values()) {
      for (Theme theme : Theme.values()) {
        Resume cv = styled(EXAMPLES.get(document.cv()).get(), theme);
        String latex = new LatexGenerator().render(cv, language(document, cv));
        String name = document.label().replace(' ', '-') + "." + theme.key();
        Map<String, byte[]> photo = Photos.of(cv);
        COMPILED.put(name, pool.submit(() -> {
          Path directory = Files.createDirectories(WORK.resolve(name));
          // the photo lies beside the .tex, as the processor copies it
          for (Map.Entry<String, byte[]> file : photo.entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
          }
          Xelatex.Run run = Xelatex.compile(xelatex, latex, directory, 2);
          if (!run.pdfWritten()) {
            return new Result(run, "", List.of(), 0);
          }
          return new Result(run, Xelatex.text(pdftotext, run.pdf()),
              PageFill.of(pdftotext, run.pdf()),
              ReadPdf.of(Files.readAllBytes(run.pdf())).imagesOnFirstPage());
        }));
      }
    }
  }

  @AfterAll
  static void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @TestFactory
  List<DynamicTest> everyExampleInEveryThemeCompilesCleanly() {
    List<DynamicTest> tests = new ArrayList<>();
    for (SeedDocument document : SeedDocument.values()) {
      for (Theme theme : Theme.values()) {
        String name = document.label().replace(' ', '-') + "." + theme.key();
        tests.add(DynamicTest.dynamicTest(name, () -> {
          Result result = COMPILED.get(name).get();
          Xelatex.Run run = result.run();
          assertEquals(0, run.exitCode(), name + ": xelatex failed:\n" + run.problems());
          System.out.printf("[vitae] %s: %d page(s), filled %s%n", name, run.pages(),
              result.fills().stream().map(fill -> Math.round(fill * 100) + "%").toList());
          assertEquals(List.of(), run.badBoxes(), name);
          boolean photo = !Photos.of(EXAMPLES.get(document.cv()).get()).isEmpty();
          assertEquals(photo ? 1 : 0, result.images(), name + ": pictures on page 1");
          assertEquals(List.of(), run.missingCharacters(), name);
          Coverage coverage = Coverage.of(document.seedWords(), Words.of(result.text()));
          assertTrue(coverage.atLeast(REQUIRED_PERCENT), coverage.report(name, "pdf"));
          List<Double> fills = result.fills();
          for (int page = 0; page < fills.size() - 1; page++) {
            assertTrue(fills.get(page) >= FULL_ENOUGH, name + ": page " + (page + 1)
                + " is only " + Math.round(fills.get(page) * 100) + "% full: " + fills);
          }
        }));
      }
    }
    return tests;
  }

  private static Resume styled(Resume cv, Theme theme) {
    return cv.withStyle(cv.style().with(theme.key(), null, null, null));
  }

  private static String language(SeedDocument document, Resume cv) {
    return document.language() == null ? cv.localization().primary() : document.language();
  }
}
