package dev.vitae.generators;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds programs such as xelatex or chromium for the tests that need them. Where one is
 * missing, the test is skipped with the reason, except under CI ({@code CI=true}), where a
 * missing tool fails the test: CI must never pass without having run it.
 */
public final class ExternalTools {

  private ExternalTools() {}

  /** The program's path; skips (or under CI fails) the calling test when it is not installed. */
  public static Path require(String program, String debianPackage) {
    Path found = find(program);
    if (found == null) {
      String reason = program + " is not installed (Debian package " + debianPackage + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason + ", and CI=true requires it");
      }
      assumeTrue(false, reason + "; test skipped");
    }
    return found;
  }

  private static Path find(String program) {
    String pathVariable = System.getenv().getOrDefault("PATH", "");
    for (String directory : pathVariable.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
