package dev.vitae.processor;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.WarmUp;
import dev.vitae.processor.CvDocuments.Rendered;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders checked CVs on threads of their own while javac goes on compiling: javac works on
 * one thread, so the outputs cost little wall time on the other cores, and while javac waits
 * for them at the end they use every core. The text formats and the PDFs go separate ways: the
 * PDF engine makes one PDF at a time and is slow to start, so it has a thread of its own and
 * never holds the text formats up. Each format warms itself up (templates, label tables, ICU
 * data; the PDF engine and its fonts), the text formats side by side, as soon as the
 * compilation turns out to hold a CV, while javac still attributes it. The results wait in
 * {@link PendingOutputs} for the end of the compilation.
 */
final class BackgroundRenderer {

  /**
   * Threads for the text formats: as many as cores, at most a few, at least two. Beside a busy
   * javac they share its cores; once javac waits for the outputs they have them all.
   */
  private static final int TEXT_THREADS =
      Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private final List<Generator> generators;
  private final CvDocuments documents;
  private final PdfOutput pdf;
  private ExecutorService texts;
  private ExecutorService pdfs;

  BackgroundRenderer(List<Generator> generators, BuildOptions options) {
    this.generators = generators;
    this.pdf = new PdfOutput(options);
    this.documents = new CvDocuments(generators, options, pdf);
  }

  /** Starts warming the formats up, once: called when the compilation turns out to hold a CV. */
  void warmUp() {
    if (texts == null) {
      texts = threads(TEXT_THREADS, "vitae-render");
      for (Generator generator : generators) {
        texts.execute(() -> WarmUp.run(generator));
      }
      if (pdf.enabled()) {
        pdfs = threads(1, "vitae-pdf");
        pdfs.execute(pdf::warmUp);
      }
    }
  }

  /** Every output of the CV called {@code name}: its text formats, then its PDFs. */
  Future<Rendered> render(String name, Resume cv) {
    warmUp();
    CompletableFuture<Rendered> text =
        CompletableFuture.supplyAsync(() -> documents.texts(name, cv), texts);
    if (pdfs == null) {
      return text;
    }
    return text.thenCombine(
        CompletableFuture.supplyAsync(() -> documents.pdfs(name, cv), pdfs), Rendered::and);
  }

  /** The compilation is over: the threads end once they are idle. */
  void close() {
    for (ExecutorService threads : new ExecutorService[] {texts, pdfs}) {
      if (threads != null) {
        threads.shutdown();
      }
    }
  }

  private static ExecutorService threads(int count, String name) {
    return Executors.newFixedThreadPool(count, task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true); // never keeps javac's JVM alive
      return thread;
    });
  }
}
