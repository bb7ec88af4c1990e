package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.fail;

import dev.vitae.generators.ExternalTools;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Turns a generated .tex file into the text of its PDF: xelatex the way users are told to run
 * it (no shell escape, stop at the first error, {@code openin_any=p} so TeX reads no file
 * outside its directory), then {@code pdftotext -layout}. Skips the calling test when either
 * program is missing, and fails it under CI.
 */
final class PdfText {

  private PdfText() {}

  static String compile(Path tex, Path workDirectory) throws IOException, InterruptedException {
    Path xelatex = ExternalTools.require("xelatex", "texlive-xetex");
    Path pdftotext = ExternalTools.require("pdftotext", "poppler-utils");
    Path source = Files.copy(tex, workDirectory.resolve("cv.tex"));
    run(workDirectory, "xelatex", 3, xelatex.toString(), "-no-shell-escape",
        "-interaction=nonstopmode", "-halt-on-error", source.getFileName().toString());
    Path text = workDirectory.resolve("cv.txt");
    run(workDirectory, "pdftotext", 1, pdftotext.toString(), "-layout", "-enc", "UTF-8",
        "cv.pdf", text.getFileName().toString());
    return Files.readString(text, StandardCharsets.UTF_8);
  }

  private static void run(Path directory, String name, int minutes, String... command)
      throws IOException, InterruptedException {
    File output = directory.resolve(name + ".out").toFile();
    ProcessBuilder builder = new ProcessBuilder(List.of(command))
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output);
    builder.environment().put("openin_any", "p");
    builder.environment().put("openout_any", "p");
    Process process = builder.start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(name + " ran longer than " + minutes + " minute(s)");
    }
    if (process.exitValue() != 0) {
      fail(name + " failed with exit code " + process.exitValue() + ":\n" + lastLines(output));
    }
  }

  /** The end of a tool's output, where xelatex (halting at the first error) explains it. */
  private static String lastLines(File output) throws IOException {
    List<String> lines = new String(Files.readAllBytes(output.toPath()), StandardCharsets.UTF_8)
        .lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }
}
