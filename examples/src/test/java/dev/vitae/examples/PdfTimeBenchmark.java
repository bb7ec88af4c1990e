package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How long the pure-Java engine takes per example CV, each in a fresh JVM: cold (the JVM's
 * first PDF, with class loading and font parsing) and warm (the median of
 * {@value PdfTimes#MEASURED} after {@value PdfTimes#WARM_UPS} warm-ups). It prints the
 * figures; it asserts nothing about them. Not part of {@code mvn verify} (its name is no
 * test's): run it with {@code mvn -pl examples -am test -Dtest=PdfTimeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PdfTimeBenchmark {

  @Test
  void printsTheColdAndWarmTimePerCv() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String example : ExamplePdfTest.EXAMPLES.keySet().stream().sorted().toList()) {
      Process run = new ProcessBuilder(List.of(java, "-Dorg.freemarker.loggerLibrary=none",
          "-cp", System.getProperty("java.class.path"), PdfTimes.class.getName(), example))
          .redirectErrorStream(true).start();
      String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(run.waitFor(5, TimeUnit.MINUTES));
      assertEquals(0, run.exitValue(), output);
      String times = output.lines().filter(line -> line.startsWith("cold ")).findFirst()
          .orElseThrow(() -> new AssertionError("no times in: " + output));
      System.out.println("[vitae] pdf time " + example + ": " + times
          .replace(" warm ", " ms, warm ") + " ms");
    }
  }
}
