package dev.vitae.benchmarks;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import dev.vitae.pdf.PdfGenerator;
import java.util.ArrayList;
import java.util.List;

/** A CV's outputs as the processor renders them: each format in each of its languages. */
final class CvOutputs {

  private CvOutputs() {}

  static List<String> render(Resume cv, List<Generator> generators) {
    List<String> documents = new ArrayList<>();
    for (String language : cv.localization().languages()) {
      Reading reading = Reading.of(cv, language);
      for (Generator generator : generators) {
        documents.add(generator.render(reading));
      }
    }
    return documents;
  }

  static List<byte[]> pdfs(Resume cv, PdfGenerator pdf) {
    List<byte[]> documents = new ArrayList<>();
    for (String language : cv.localization().languages()) {
      documents.add(pdf.render(Reading.of(cv, language)));
    }
    return documents;
  }
}
