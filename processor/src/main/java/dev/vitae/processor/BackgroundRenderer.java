package dev.vitae.processor;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.WarmUp;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders checked CVs on threads of their own while javac goes on compiling: javac works on
 * one thread, so on a machine with a spare core the outputs cost little wall time. The first
 * task warms the formats up (templates, label tables, ICU data, the PDF's fonts) while javac
 * still attributes the first CV. The results wait in {@link PendingOutputs} for the end of the
 * compilation.
 */
final class BackgroundRenderer {

  /** Rendering threads beside javac's: the spare cores, at most a few. */
  private static final int THREADS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));

  private final List<Generator> generators;
  private final CvDocuments documents;
  private final PdfOutput pdf;
  private ExecutorService threads;

  BackgroundRenderer(List<Generator> generators, StyleOptions style, PdfOutput pdf) {
    this.generators = generators;
    this.documents = new CvDocuments(generators, style, pdf);
    this.pdf = pdf;
  }

  /** Starts warming the formats up, once: called when the compilation turns out to hold a CV. */
  void warmUp() {
    if (threads == null) {
      threads = Executors.newFixedThreadPool(THREADS, task -> {
        Thread thread = new Thread(task, "vitae-render");
        thread.setDaemon(true); // never keeps javac's JVM alive
        return thread;
      });
      threads.execute(() -> {
        WarmUp.run(generators);
        pdf.warmUp();
      });
    }
  }

  /** Every output of the CV called {@code name}: see {@link CvDocuments#render}. */
  Future<CvDocuments.Rendered> render(String name, Resume cv) {
    warmUp();
    return threads.submit(() -> documents.render(name, cv));
  }

  /** The compilation is over: the threads end once they are idle. */
  void close() {
    if (threads != null) {
      threads.shutdown();
    }
  }
}
