package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.generators.html.HeadlessChromium;
import dev.vitae.generators.html.NuHtmlChecker;
import dev.vitae.generators.json.JsonResumeSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output the examples build is valid in its format: each JSON against the JSON Resume
 * schema, each page by the Nu Html Checker and when Chromium draws it. (Their LaTeX compiles
 * in {@link SeedFidelityTest}.)
 */
class ExampleOutputsTest {

  private static final Path CV_DIRECTORY =
      Path.of(System.getProperty("vitae.output", "target/cv"));

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyJsonIsAValidJsonResume() throws IOException {
    return outputs(".json").map(json -> DynamicTest.dynamicTest(json.getFileName().toString(),
        () -> assertEquals(List.of(), JsonResumeSchema.errors(Files.readString(json)))));
  }

  @TestFactory
  Stream<DynamicTest> everyPageIsValidHtml() throws IOException {
    return outputs(".html").map(page -> DynamicTest.dynamicTest(page.getFileName().toString(),
        () -> assertEquals(List.of(), NuHtmlChecker.problems(Files.readString(page)))));
  }

  @TestFactory
  Stream<DynamicTest> everyPageDrawsInChromium() throws IOException {
    return outputs(".html").map(page -> DynamicTest.dynamicTest(page.getFileName().toString(),
        () -> {
          HeadlessChromium chromium = new HeadlessChromium(work);
          var screenshot = HeadlessChromium.image(chromium.screenshot(page.toAbsolutePath()));
          assertTrue(HeadlessChromium.colours(screenshot) > 16, "a blank page: " + page);
        }));
  }

  /** The example outputs ending in {@code suffix}; there must be some. */
  private static Stream<Path> outputs(String suffix) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(CV_DIRECTORY)) {
      files = walk.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
    }
    assertFalse(files.size() < 6, "expected the outputs of all examples in " + CV_DIRECTORY);
    return files.stream();
  }
}
