package dev.vitae.generators.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with its golden file under {@code src/test/resources/golden/}, exactly.
 * Run with {@code -Dvitae.updateGolden=true} to rewrite the files, then read the diff like
 * code before committing it.
 */
final class GoldenFiles {

  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  static void assertMatches(String fileName, String actual) throws IOException {
    Path golden = DIRECTORY.resolve(fileName);
    if (Boolean.getBoolean("vitae.updateGolden")) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertEquals(expected, actual, () -> "output differs from " + golden
        + "; if the change is intended, rerun with -Dvitae.updateGolden=true and review the diff");
  }
}
