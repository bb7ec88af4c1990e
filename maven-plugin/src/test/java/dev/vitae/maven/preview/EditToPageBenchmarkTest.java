package dev.vitae.maven.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit → refreshed page on the senior-engineer example: the time from saving the source to
 * having the page with the change, as an open page gets it (long poll, then the page). Prints
 * the figures after a few saves and after many, as the JIT warms up; asserts only that every
 * edit reached the page, never a time.
 *
 * <p>Run alone: {@code mvn -pl maven-plugin -am test -Dtest=EditToPageBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EditToPageBenchmarkTest {

  /** Saves measured in each window. */
  private static final int WINDOW = 15;
  /** The windows start after these many saves. */
  private static final List<Integer> WARM_UPS = List.of(8, 25);

  @TempDir Path directory;

  @Test
  void editToRefreshedPage() throws Exception {
    String example = Files.readString(
        Path.of(System.getProperty("vitae.benchmark.source")), StandardCharsets.UTF_8);
    CvProject project = new CvProject(directory, "dev/vitae/examples", "SeniorEngineerCv.java",
        example);
    String name = "Reed Example";
    assertTrue(example.contains(".name(\"" + name + "\")"), "the example's name changed");

    com.sun.management.OperatingSystemMXBean processCpu =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<Edit> edits = new ArrayList<>();
    try (LivePreview preview = project.startPreview(quiet())) {
      Browser browser = new Browser(preview.address());
      String page = "senior-engineer/senior-engineer.html";
      String current = name;
      int last = WARM_UPS.get(WARM_UPS.size() - 1) + WINDOW;
      for (int edit = 1; edit <= last; edit++) {
        String next = name + " " + edit;
        long seen = browser.currentBuild();
        long cpuBefore = processCpu.getProcessCpuTime();
        long saved = System.nanoTime();
        project.edit(".name(\"" + current + "\")", ".name(\"" + next + "\")");
        browser.awaitBuildAfter(seen);
        String html = browser.page(page);
        edits.add(new Edit((System.nanoTime() - saved) / 1_000_000,
            (processCpu.getProcessCpuTime() - cpuBefore) / 1_000_000));
        assertTrue(html.contains(next), "edit " + edit + " did not reach the page");
        current = next;
      }
    }
    // The load tells how far the figures are from what an idle machine gives.
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    for (int warmUp : WARM_UPS) {
      List<Edit> window = edits.subList(warmUp, warmUp + WINDOW);
      System.out.printf("[vitae] edit -> refreshed page, senior-engineer, %d edits after %d"
              + " saves: median %d ms, min %d ms, max %d ms; processor time per edit, all"
              + " threads: median %d ms (%d cores, load average %.1f)%n",
          WINDOW, warmUp, median(window, Edit::millis), min(window, Edit::millis),
          max(window, Edit::millis), median(window, Edit::cpuMillis),
          system.getAvailableProcessors(), system.getSystemLoadAverage());
    }
  }

  /**
   * One save: the wall-clock time to the refreshed page, and the processor time all threads
   * spent meanwhile, which other processes competing for the cores do not inflate.
   */
  private record Edit(long millis, long cpuMillis) {}

  private static long median(List<Edit> edits, ToLongFunction<Edit> figure) {
    return edits.stream().mapToLong(figure).sorted().skip(edits.size() / 2).findFirst()
        .orElseThrow();
  }

  private static long min(List<Edit> edits, ToLongFunction<Edit> figure) {
    return edits.stream().mapToLong(figure).min().orElseThrow();
  }

  private static long max(List<Edit> edits, ToLongFunction<Edit> figure) {
    return edits.stream().mapToLong(figure).max().orElseThrow();
  }

  private static PreviewLog quiet() {
    return new PreviewLog() {
      @Override
      public void info(String message) {}

      @Override
      public void error(String message) {
        System.out.println("[preview error] " + message);
      }
    };
  }
}
