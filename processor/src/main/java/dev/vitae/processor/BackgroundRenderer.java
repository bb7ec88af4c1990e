package dev.vitae.processor;

import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import dev.vitae.generators.WarmUp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders checked CVs on threads of their own while javac goes on compiling: javac works on
 * one thread, so on a machine with a spare core the outputs cost little wall time. The first
 * task warms the formats up (templates, label tables, ICU data) while javac still attributes
 * the first CV. Rendering touches no javac structure; the results wait in {@link
 * PendingOutputs} for the end of the compilation.
 */
final class BackgroundRenderer {

  /** Rendering threads beside javac's: the spare cores, at most a few. */
  private static final int THREADS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));

  private final List<Generator> generators;
  private ExecutorService threads;

  BackgroundRenderer(List<Generator> generators) {
    this.generators = generators;
  }

  /** Starts warming the formats up, once: called when the compilation turns out to hold a CV. */
  void warmUp() {
    if (threads == null) {
      threads = Executors.newFixedThreadPool(THREADS, task -> {
        Thread thread = new Thread(task, "vitae-render");
        thread.setDaemon(true); // never keeps javac's JVM alive
        return thread;
      });
      threads.execute(() -> WarmUp.run(generators));
    }
  }

  /**
   * Every format in every language, rendered in memory first: a failing one leaves no file
   * behind. Keyed by file name: {@code jane.html}, or {@code jane.zh-Hans.html} for each
   * language of a multilingual CV.
   */
  Future<Map<String, String>> render(String name, Resume cv) {
    warmUp();
    return threads.submit(() -> documents(name, cv));
  }

  /** The compilation is over: the threads end once they are idle. */
  void close() {
    if (threads != null) {
      threads.shutdown();
    }
  }

  private Map<String, String> documents(String name, Resume cv) {
    Map<String, String> documents = new LinkedHashMap<>();
    Localization localization = cv.localization();
    for (String language : localization.languages()) {
      String stem = localization.isMultilingual() ? name + "." + language : name;
      Reading reading = Reading.of(cv, language); // one presentation model for all formats
      for (Generator generator : generators) {
        documents.put(stem + "." + generator.extension(), generator.render(reading));
      }
    }
    return documents;
  }
}
