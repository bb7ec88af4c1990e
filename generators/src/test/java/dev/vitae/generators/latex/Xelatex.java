package dev.vitae.generators.latex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a LaTeX document the way users are told to: xelatex without shell escape, stopping
 * at the first error, and with {@code openin_any=p} so TeX cannot read files outside the
 * working directory even if something got through the escaping; within a time limit.
 */
public final class Xelatex {

  private static final Pattern PAGES = Pattern.compile("Output written on \\S+ \\((\\d+) pages?");
  private static final Pattern BAD_BOX = Pattern.compile("^(Overfull|Underfull) \\\\[hv]box.*$",
      Pattern.MULTILINE);
  private static final Pattern MISSING = Pattern.compile("^Missing character: .*$",
      Pattern.MULTILINE);

  /** What one run left behind. */
  public record Run(int exitCode, String log, Path pdf) {

    public boolean pdfWritten() {
      return Files.isRegularFile(pdf);
    }

    public boolean lostCharacters() {
      return log.contains("Missing character");
    }

    /** The PDF's page count, as xelatex logs it; 0 when it wrote none. */
    public int pages() {
      Matcher pages = PAGES.matcher(log);
      return pages.find() ? Integer.parseInt(pages.group(1)) : 0;
    }

    /** Every overfull or underfull box the log reports, one line each. */
    public List<String> badBoxes() {
      return all(BAD_BOX);
    }

    /** Every "Missing character: There is no ... in font ..." line. */
    public List<String> missingCharacters() {
      return all(MISSING);
    }

    /** The log's error and missing-glyph lines, for failure messages. */
    public String problems() {
      return log.lines()
          .filter(line -> line.startsWith("!") || line.contains("Missing character")
              || BAD_BOX.matcher(line).matches())
          .limit(20)
          .reduce("", (all, line) -> all + line + "\n");
    }

    private List<String> all(Pattern pattern) {
      List<String> found = new ArrayList<>();
      Matcher matcher = pattern.matcher(log);
      while (matcher.find()) {
        found.add(matcher.group());
      }
      return found;
    }
  }

  private Xelatex() {}

  public static Run compile(Path xelatex, String latex, Path directory)
      throws IOException, InterruptedException {
    return compile(xelatex, latex, directory, 3);
  }

  /** Writes {@code latex} to cv.tex in {@code directory} and compiles it there. */
  public static Run compile(Path xelatex, String latex, Path directory, int minutes)
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
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException("xelatex ran longer than " + minutes + " minute(s)");
    }
    Path log = directory.resolve("cv.log");
    String logText = Files.exists(log)
        ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    return new Run(process.exitValue(), logText, directory.resolve("cv.pdf"));
  }

  /** The text of a PDF, as pdftotext reads it. */
  public static String text(Path pdftotext, Path pdf) throws IOException, InterruptedException {
    Path text = pdf.resolveSibling("cv.txt");
    Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8",
        pdf.toString(), text.toString()).redirectErrorStream(true).start();
    if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("pdftotext failed on " + pdf);
    }
    return Files.readString(text, StandardCharsets.UTF_8);
  }
}
