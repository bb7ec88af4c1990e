package dev.vitae.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The other route to a PDF: the CV's LaTeX compiled by an installed xelatex, hardened. It runs
 * in a fresh temporary folder that holds only the .tex, with no shell escape, may open files
 * for reading and writing only there ({@code openin_any=p}, {@code openout_any=p}), stops at
 * the first error and within a time limit, and gets fixed dates, so the same LaTeX gives the
 * same PDF.
 */
public final class Xelatex {

  /** What a CV's LaTeX may take to compile, per run. */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(120);
  /** The date written into the PDF when the build sets no SOURCE_DATE_EPOCH: 2026-01-01. */
  static final String DEFAULT_EPOCH = "1767225600";
  private static final int MOST_RUNS = 2;

  private final Path program;

  private Xelatex(Path program) {
    this.program = program;
  }

  /** The xelatex on the PATH, if there is one. */
  public static Optional<Xelatex> onPath() {
    return onPath(System.getenv().getOrDefault("PATH", ""));
  }

  static Optional<Xelatex> onPath(String path) {
    for (String folder : path.split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      for (String name : List.of("xelatex", "xelatex.exe")) {
        Path candidate = Path.of(folder, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(new Xelatex(candidate));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The PDF of {@code tex}. Throws {@link XelatexException} with the log's first error when
   * xelatex fails, or when it takes longer than {@link #TIME_LIMIT}.
   */
  public byte[] compile(String tex) throws IOException {
    return compile(tex, Map.of());
  }

  /**
   * The PDF of {@code tex}, with the files it includes ({@code beside}: plain file names, such
   * as a photo's "photo.jpg", and their bytes) beside it.
   */
  public byte[] compile(String tex, Map<String, byte[]> beside) throws IOException {
    Path folder = Files.createTempDirectory("vitae-xelatex-");
    try {
      Path source = folder.resolve("cv.tex");
      Files.writeString(source, tex, StandardCharsets.UTF_8);
      for (Map.Entry<String, byte[]> file : beside.entrySet()) {
        Path target = folder.resolve(file.getKey()).normalize();
        if (!folder.equals(target.getParent())) {
          throw new IOException("\"" + file.getKey() + "\" is no plain file name");
        }
        Files.write(target, file.getValue());
      }
      for (int run = 1; run <= MOST_RUNS; run++) {
        int status = run(folder);
        String log = log(folder);
        if (status != 0 || !Files.isRegularFile(folder.resolve("cv.pdf"))) {
          throw new XelatexException("xelatex failed (exit status " + status + "): "
              + firstError(log));
        }
        if (!log.contains("Rerun to get")) {
          break;
        }
      }
      return Files.readAllBytes(folder.resolve("cv.pdf"));
    } finally {
      deleteAll(folder);
    }
  }

  private int run(Path folder) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(program.toString(), "-no-shell-escape",
        "-interaction=nonstopmode", "-halt-on-error", "-file-line-error", "cv.tex")
        .directory(folder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("console.txt").toFile());
    Map<String, String> environment = builder.environment();
    environment.put("openin_any", "p");    // read only inside the folder (and TeX's own trees)
    environment.put("openout_any", "p");   // write only inside the folder
    environment.put("shell_escape", "f");
    environment.put("TEXMFOUTPUT", folder.toString());
    environment.putIfAbsent("SOURCE_DATE_EPOCH", DEFAULT_EPOCH);
    environment.put("FORCE_SOURCE_DATE", "1");
    Process process = builder.start();
    try {
      if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new XelatexException("xelatex took longer than " + TIME_LIMIT.toSeconds()
            + " s and was stopped");
      }
      return process.exitValue();
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new XelatexException("interrupted while xelatex ran");
    }
  }

  private static String log(Path folder) throws IOException {
    Path log = folder.resolve("cv.log");
    return Files.isRegularFile(log)
        ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
  }

  /** The log's first error: a {@code ! ...} line, or a {@code file:line: ...} one. */
  static String firstError(String log) {
    for (String line : log.split("\\R")) {
      if (line.startsWith("! ") || line.matches("^\\./cv\\.tex:\\d+: .*")) {
        return line.startsWith("./") ? line.substring(2) : line;
      }
    }
    return "no error in its log";
  }

  private static void deleteAll(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** xelatex is missing, failed, or ran too long. */
  public static final class XelatexException extends IOException {
    private static final long serialVersionUID = 1L;

    XelatexException(String message) {
      super(message);
    }
  }
}
