package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone jar, copied to a directory of its own, runs with nothing beside it. */
class StandaloneJarIT {

  @TempDir Path directory;

  @Test
  void helpExitsWithZeroAndPrintsTheUsage() throws Exception {
    Run run = run("--help");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(ImportCommand.USAGE_LINE), run.out());
  }

  @Test
  void importsADocumentWithTheLibrariesInside() throws Exception {
    Path resume = Files.writeString(directory.resolve("resume.json"), """
        {"basics": {"name": "Jane Doe"}, "work": [{"name": "A", "startDate": "2021-6"}]}""");
    Run run = run(resume.toString(), "com.example.JaneDoe");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains(".start(2021, JUNE).ongoing()"), run.out());
  }

  @Test
  void wrongArgumentsExitWithTwo() throws Exception {
    Run run = run("only-one-argument");
    assertEquals(2, run.status());
    assertTrue(run.err().contains(ImportCommand.USAGE_LINE), run.err());
  }

  private Run run(String... args) throws IOException, InterruptedException {
    Path jar = directory.resolve("vitae-importer.jar");
    if (!Files.exists(jar)) {
      Files.copy(Path.of(System.getProperty("vitae.standalone.jar")), jar);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-jar",
        jar.toString()));
    command.addAll(List.of(args));
    Path out = directory.resolve("out.txt");
    Path err = directory.resolve("err.txt");
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the importer did not finish");
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}
}
