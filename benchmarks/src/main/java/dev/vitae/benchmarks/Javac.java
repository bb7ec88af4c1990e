package dev.vitae.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One javac process as a CV project runs it: the CV sources against dsl-api, with Vitae's
 * processor on the processor path or with {@code -proc:none}. Measures its wall time and its
 * peak resident memory.
 */
final class Javac {

  /** GNU time: the peak RSS of the process it runs. Without it, /proc is polled. */
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private final Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
  private final String cvClassPath;
  private final String processorPath;
  /** Options the project passes to the processor in every compilation: its assets folder. */
  private final List<String> projectOptions;
  private final Path scratch;

  Javac(String cvClassPath, String processorPath, List<String> projectOptions, Path scratch) {
    this.cvClassPath = cvClassPath;
    this.processorPath = processorPath;
    this.projectOptions = projectOptions;
    this.scratch = scratch;
  }

  /**
   * What one run took: wall time, CPU time (user and system, all threads; 0 without GNU
   * time), peak RSS.
   */
  record Run(double seconds, double cpuSeconds, long peakRssKb) {}

  /**
   * Compiles {@code sources} with Vitae's processor given {@code processorOptions}
   * ({@code -Avitae.pdf=none}), or, when they are null, with {@code -proc:none}. {@code
   * jvmOptions} go to javac's JVM ({@code -J-Xmx256m}). Fails unless javac succeeds.
   */
  Run compile(List<Path> sources, List<String> processorOptions, List<String> jvmOptions)
      throws IOException, InterruptedException {
    Path out = Files.createTempDirectory(scratch, "javac");
    Path rss = out.resolve("rss.txt");
    List<String> command = new ArrayList<>();
    boolean timed = Files.isExecutable(GNU_TIME);
    if (timed) {
      command.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", rss.toString()));
    }
    command.add(javac.toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-d", out.resolve("classes").toString(), "-cp", cvClassPath,
        "-encoding", "UTF-8", "-nowarn", "-Xlint:none"));
    if (processorOptions != null) {
      command.addAll(List.of("-processorpath", processorPath,
          "-Avitae.output=" + out.resolve("cv")));
      command.addAll(projectOptions);
      command.addAll(processorOptions);
    } else {
      command.add("-proc:none");
    }
    Path arguments = out.resolve("sources.txt");
    Files.write(arguments, sources.stream().map(Path::toString).toList());
    command.add("@" + arguments);

    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolve("javac.log").toFile()).start();
    long polled = timed ? 0 : pollPeakRss(process);
    int status = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (status != 0) {
      throw new IllegalStateException("javac failed (" + status + "): "
          + Files.readString(out.resolve("javac.log")));
    }
    String[] usage = timed ? lastLine(rss).split(" ") : new String[] {"" + polled, "0", "0"};
    delete(out);
    return new Run(seconds, Double.parseDouble(usage[1]) + Double.parseDouble(usage[2]),
        Long.parseLong(usage[0]));
  }

  /** The highest VmHWM of the running process: a slight underestimate, read every 20 ms. */
  private static long pollPeakRss(Process process) throws InterruptedException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    long peak = 0;
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) {
            peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
          }
        }
      } catch (IOException | RuntimeException gone) {
        break;
      }
      Thread.sleep(20);
    }
    return peak;
  }

  private static String lastLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.get(lines.size() - 1).trim();
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
