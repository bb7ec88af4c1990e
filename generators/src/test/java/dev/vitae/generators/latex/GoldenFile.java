package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under {@code src/test/resources/golden/}, exactly. Run with
 * {@code -Dvitae.updateGolden=true} to rewrite the file instead, then read the diff like code.
 */
final class GoldenFile {

  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private GoldenFile() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIRECTORY.resolve(name);
    if (Boolean.getBoolean("vitae.updateGolden")) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(expected, actual, name + " differs; -Dvitae.updateGolden=true rewrites it");
  }
}
