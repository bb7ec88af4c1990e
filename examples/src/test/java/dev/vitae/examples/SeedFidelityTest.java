package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every example says what its author's CV said: at least 98% of the seed's words (as a
 * multiset) appear in the generated HTML and in the PDF compiled from the generated LaTeX.
 * Each comparison prints one line, and writes every missing word to
 * {@code target/fidelity/<document>.<format>.missing.txt}, one a line.
 */
class SeedFidelityTest {

  private static final double REQUIRED_PERCENT = 98.0;

  private static final Path CV_DIRECTORY =
      Path.of(System.getProperty("vitae.output", "target/cv"));
  private static final Path REPORT_DIRECTORY = CV_DIRECTORY.resolveSibling("fidelity");

  @TempDir Path workDirectory;

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void htmlShowsTheSeedsWords(SeedDocument document) throws IOException {
    Path html = generated(document, "html");
    check(document, "html", RenderedText.ofHtml(html));
  }

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void pdfShowsTheSeedsWords(SeedDocument document) throws Exception {
    Path tex = generated(document, "tex");
    check(document, "pdf", RenderedText.ofLatex(tex, workDirectory));
  }

  /**
   * The generated file. The examples' compilation writes it before any test runs, so a missing
   * one is a failure: a CV that lost its @Cv, or outputs written elsewhere.
   */
  private static Path generated(SeedDocument document, String extension) {
    Path file = document.output(CV_DIRECTORY, extension);
    assertTrue(Files.isRegularFile(file), () -> file + " was not generated: the example CV for"
        + " seed " + document.label() + " must write it when the examples compile");
    return file;
  }

  private static void check(SeedDocument document, String format, List<String> shown)
      throws IOException {
    Coverage coverage = Coverage.of(document.seedWords(), shown);
    String report = coverage.report(document.label(), format);
    System.out.println(report);
    Files.createDirectories(REPORT_DIRECTORY);
    Files.write(REPORT_DIRECTORY.resolve(document.label().replace(' ', '-') + "." + format
        + ".missing.txt"), coverage.missing(), StandardCharsets.UTF_8);
    assertTrue(coverage.atLeast(REQUIRED_PERCENT), report);
  }
}
