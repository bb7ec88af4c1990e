package dev.vitae.generators.latex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Compiles a LaTeX document the way users are told to: xelatex without shell escape, stopping
 * at the first error, and with {@code openin_any=p} so TeX cannot read files outside the
 * working directory even if something got through the escaping.
 */
final class Xelatex {

  /** What one run left behind. */
  record Run(int exitCode, String log, Path pdf) {

    boolean pdfWritten() {
      return Files.isRegularFile(pdf);
    }

    boolean lostCharacters() {
      return log.contains("Missing character");
    }

    /** The log's error and missing-glyph lines, for failure messages. */
    String problems() {
      return log.lines()
          .filter(line -> line.startsWith("!") || line.contains("Missing character"))
          .limit(20)
          .reduce("", (all, line) -> all + line + "\n");
    }
  }

  private Xelatex() {}

  static Run compile(Path xelatex, String latex, Path directory)
      throws IOException, InterruptedException {
    Files.writeString(directory.resolve("cv.tex"), latex, StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder(xelatex.toString(), "-no-shell-escape",
        "-interaction=nonstopmode", "-halt-on-error", "cv.tex")
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(directory.resolve("xelatex.stdout").toFile());
    builder.environment().put("openin_any", "p");
    builder.environment().put("openout_any", "p");
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("xelatex ran longer than three minutes");
    }
    Path log = directory.resolve("cv.log");
    String logText = Files.exists(log)
        ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    return new Run(process.exitValue(), logText, directory.resolve("cv.pdf"));
  }

  /** The text of a PDF, as pdftotext reads it. */
  static String text(Path pdftotext, Path pdf) throws IOException, InterruptedException {
    Path text = pdf.resolveSibling("cv.txt");
    Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8",
        pdf.toString(), text.toString()).redirectErrorStream(true).start();
    if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("pdftotext failed on " + pdf);
    }
    return Files.readString(text, StandardCharsets.UTF_8);
  }
}
