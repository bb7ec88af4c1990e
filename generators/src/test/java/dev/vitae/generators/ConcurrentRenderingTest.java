package dev.vitae.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.model.Resume;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One set of generators renders from many threads at once, as the processor's rendering
 * threads and a server do, and every thread gets the bytes one thread alone gets: the shared
 * label tables, date formats, templates and line breakers hold no state of one rendering.
 */
class ConcurrentRenderingTest {

  private static final int THREADS = 4;
  private static final int ROUNDS = 2;

  @Test
  void manyThreadsRenderWhatOneRenders() throws Exception {
    List<Generator> generators = Generators.all();
    List<Resume> cvs = List.of(SampleCvs.complete(), SampleCvs.hostile(), SparseCv.create());
    List<String> alone = render(cvs, generators);

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> together = new ArrayList<>();
      for (int i = 0; i < THREADS * ROUNDS; i++) {
        together.add(threads.submit(() -> render(cvs, generators)));
      }
      for (Future<List<String>> documents : together) {
        assertEquals(alone, documents.get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static List<String> render(List<Resume> cvs, List<Generator> generators) {
    List<String> documents = new ArrayList<>();
    for (Resume cv : cvs) {
      for (String language : cv.localization().languages()) {
        Reading reading = Reading.of(cv, language);
        for (Generator generator : generators) {
          documents.add(generator.render(reading));
        }
      }
    }
    return documents;
  }
}
