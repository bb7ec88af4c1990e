package dev.vitae.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under src/test/resources/golden, byte for byte. Run with
 * {@code -Dvitae.updateGolden=true} to rewrite the files, then read the diff like code.
 */
public final class GoldenFiles {

  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  public static void assertMatches(String fileName, String actual) throws IOException {
    Path golden = DIRECTORY.resolve(fileName);
    if (Boolean.getBoolean("vitae.updateGolden")) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        () -> fileName + " differs; if the change is intended, rerun with"
            + " -Dvitae.updateGolden=true and review the diff");
  }
}
