package dev.vitae.maven.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit → refreshed page on the senior-engineer example: the time from saving the source to
 * having the page with the change, as an open page gets it (long poll, then the page). Prints
 * the figures; asserts only that every edit reached the page, never a time.
 *
 * <p>Run alone: {@code mvn -pl maven-plugin test -Dtest=EditToPageBenchmarkTest}.
 */
class EditToPageBenchmarkTest {

  private static final int WARM_UP = 8;
  private static final int MEASURED = 15;

  @TempDir Path directory;

  @Test
  void editToRefreshedPage() throws Exception {
    String example = Files.readString(
        Path.of(System.getProperty("vitae.benchmark.source")), StandardCharsets.UTF_8);
    CvProject project = new CvProject(directory, "dev/vitae/examples", "SeniorEngineerCv.java",
        example);
    String name = "Reed Example";
    assertTrue(example.contains(".name(\"" + name + "\")"), "the example's name changed");

    List<Long> millis = new ArrayList<>();
    // The processor time all threads spent per edit: what it costs when no other process
    // competes for the cores, as on a developer's machine.
    List<Long> cpuMillis = new ArrayList<>();
    com.sun.management.OperatingSystemMXBean processCpu =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (LivePreview preview = project.startPreview(quiet())) {
      Browser browser = new Browser(preview.address());
      String page = "senior-engineer/senior-engineer.html";
      String current = name;
      for (int edit = 1; edit <= WARM_UP + MEASURED; edit++) {
        String next = "Reed Example " + edit;
        long seen = browser.currentBuild();
        long cpuBefore = processCpu.getProcessCpuTime();
        long saved = System.nanoTime();
        project.edit(".name(\"" + current + "\")", ".name(\"" + next + "\")");
        browser.awaitBuildAfter(seen);
        String html = browser.page(page);
        long elapsed = (System.nanoTime() - saved) / 1_000_000;
        assertTrue(html.contains(next), "edit " + edit + " did not reach the page");
        if (edit > WARM_UP) {
          millis.add(elapsed);
          cpuMillis.add((processCpu.getProcessCpuTime() - cpuBefore) / 1_000_000);
        }
        current = next;
      }
    }
    Collections.sort(millis);
    Collections.sort(cpuMillis);
    // The load tells how far the figures are from what an idle machine gives.
    OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
    System.out.printf("[vitae] edit -> refreshed page, senior-engineer, %d edits after %d"
            + " warm-up: median %d ms, min %d ms, max %d ms; processor time per edit, all"
            + " threads: median %d ms (%d cores, load average %.1f)%n",
        millis.size(), WARM_UP, millis.get(millis.size() / 2), millis.get(0),
        millis.get(millis.size() - 1), cpuMillis.get(cpuMillis.size() / 2),
        system.getAvailableProcessors(), system.getSystemLoadAverage());
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
