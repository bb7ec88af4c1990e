package dev.vitae.examples;

import dev.vitae.dsl.model.Resume;
import dev.vitae.pdf.PdfGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Run in a fresh JVM by {@link PdfTimeBenchmark}: makes one example's PDF cold (the first
 * in the JVM: classes loaded, fonts parsed), then warm, and prints both in milliseconds.
 */
public final class PdfTimes {

  static final int WARM_UPS = 4;
  static final int MEASURED = 3;

  private PdfTimes() {}

  public static void main(String[] arguments) {
    Resume cv = ExamplePdfTest.EXAMPLES.get(arguments[0]).get();
    long start = System.nanoTime();
    new PdfGenerator().render(cv);
    long cold = (System.nanoTime() - start) / 1_000_000;
    for (int i = 0; i < WARM_UPS; i++) {
      new PdfGenerator().render(cv);
    }
    List<Long> warm = new ArrayList<>();
    for (int i = 0; i < MEASURED; i++) {
      long begin = System.nanoTime();
      new PdfGenerator().render(cv);
      warm.add((System.nanoTime() - begin) / 1_000_000);
    }
    Collections.sort(warm);
    System.out.printf(Locale.ROOT, "cold %d warm %d%n", cold, warm.get(MEASURED / 2));
  }
}
