package dev.vitae.processor;

import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.tailor.Cut;
import dev.vitae.dsl.tailor.Tailor;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import dev.vitae.pdf.PdfGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every output of one checked CV: every format in every language of every variant, public and
 * private, and their PDFs, rendered in memory first so that a failing format leaves no file
 * behind. Touches no javac structure, so it may run on a thread of its own.
 */
final class CvDocuments {

  private final List<Generator> generators;
  private final StyleOptions style;
  private final PdfOutput pdf;

  CvDocuments(List<Generator> generators, StyleOptions style, PdfOutput pdf) {
    this.generators = generators;
    this.style = style;
    this.pdf = pdf;
  }

  /**
   * The outputs of the CV called {@code name}, keyed by file name: {@code jane.html}, or
   * {@code jane.zh-Hans.html} for each language of a multilingual CV, inside the folder of its
   * variant and audience ({@code industry/private/jane.html}). A PDF that cannot be made is
   * left out and its failure kept: the text formats are written all the same.
   */
  Rendered render(String name, Resume written) {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (Cut cut : Tailor.cuts(written)) {
      Resume variant = Tailor.cut(written, cut).cv();
      // the build's style options win over the CV's own, a variant's included
      Resume cv = variant.withStyle(style.over(variant.style()));
      Localization localization = cv.localization();
      documents.putAll(pdf.photo().besideOutputs(cut.folder(), cv));
      for (String language : localization.languages()) {
        String stem = cut.folder()
            + (localization.isMultilingual() ? name + "." + language : name);
        // one presentation model for all formats of this language
        Reading reading = Reading.of(cv, language, style.themes());
        for (Generator generator : generators) {
          documents.put(stem + "." + generator.extension(),
              generator.render(reading).getBytes(StandardCharsets.UTF_8));
        }
        if (pdf.enabled()) {
          String file = stem + "." + PdfGenerator.EXTENSION;
          try {
            documents.put(file, pdf.render(reading, file));
          } catch (PdfOutput.Failure noPdf) {
            failures.add(noPdf.getMessage());
          }
        }
      }
    }
    return new Rendered(documents, failures);
  }

  /** A CV's outputs, and the diagnostics of the PDFs that could not be made. */
  record Rendered(Map<String, byte[]> documents, List<String> pdfFailures) {}
}
