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
      // Printed too: the build's console shows a skipped test's name, not its reason.
      System.out.println("[vitae] skipped " + testName() + ": " + reason);
      assumeTrue(false, reason + "; test skipped");
    }
    return found;
  }

  /** The calling test, as Class.method, found on the stack. */
  private static String testName() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(frame -> !frame.getClassName().equals(ExternalTools.class.getName()))
        .filter(frame -> frame.getClassName().endsWith("Test"))
        .findFirst()
        .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
            + "." + frame.getMethodName())
        .orElse("a test"));
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
