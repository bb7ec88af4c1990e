package dev.vitae.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Maven as a CV author runs it, in a process of its own, with Vitae from the repository this
 * build installed it into (target/it-repository) and everything else from this build's own
 * local repository, so no network is needed.
 */
final class Maven {

  private static final long TIMEOUT_MINUTES = 5;

  private Maven() {}

  /** Runs {@code mvn -B <arguments>} in {@code directory} to its end. */
  static Result run(Path directory, String... arguments) throws IOException,
      InterruptedException {
    Process process = start(directory, arguments);
    assertTrue(process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES),
        "mvn did not finish within " + TIMEOUT_MINUTES + " minutes");
    return new Result(process.exitValue(), log(directory));
  }

  /**
   * Starts {@code mvn -B <arguments>} in {@code directory}, under the umask 022 most systems
   * give; its output goes to {@link #log}.
   */
  static Process start(Path directory, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask 022 && exec \"$@\"",
        "sh",
        Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B",
        "-Dmaven.repo.local=" + System.getProperty("vitae.it.repository"),
        "-s", System.getProperty("vitae.it.settings")));
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(directory.resolve("mvn.log").toFile())
        .start();
  }

  /** What the last Maven run in {@code directory} printed so far. */
  static String log(Path directory) throws IOException {
    return Files.readString(directory.resolve("mvn.log"), StandardCharsets.UTF_8);
  }

  /** Vitae's version, the one this build made. */
  static String vitaeVersion() {
    return System.getProperty("vitae.version");
  }

  record Result(int status, String log) {}
}
