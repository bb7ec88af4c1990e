package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.generators.text.DisplayWidth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every example's plain text says what its author's CV said, as {@link SeedFidelityTest} checks
 * the HTML and the PDF (at least 98% of the seed's words), and reads in a terminal: no line is
 * wider than 80 columns, counting a Chinese character as two.
 */
class TextFidelityTest {

  private static final double REQUIRED_PERCENT = 98.0;

  private static final Path CV_DIRECTORY =
      Path.of(System.getProperty("vitae.output", "target/cv"));
  private static final Path REPORT_DIRECTORY = CV_DIRECTORY.resolveSibling("fidelity");

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void textShowsTheSeedsWords(SeedDocument document) throws IOException {
    Coverage coverage = Coverage.of(document.seedWords(), Words.of(text(document)));
    String report = coverage.report(document.label(), "txt");
    System.out.println(report);
    Files.createDirectories(REPORT_DIRECTORY);
    Files.write(REPORT_DIRECTORY.resolve(document.label().replace(' ', '-') + ".txt.missing.txt"),
        coverage.missing(), StandardCharsets.UTF_8);
    assertTrue(coverage.atLeast(REQUIRED_PERCENT), report);
  }

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void textFitsInEightyColumns(SeedDocument document) throws IOException {
    List<String> tooWide = new ArrayList<>();
    for (String line : text(document).split("\n")) {
      if (DisplayWidth.of(line) > DisplayWidth.LINE) {
        tooWide.add(line);
      }
    }
    assertEquals(List.of(), tooWide);
  }

  private static String text(SeedDocument document) throws IOException {
    Path file = document.output(CV_DIRECTORY, "txt");
    assertTrue(Files.isRegularFile(file), file + " was not generated");
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
