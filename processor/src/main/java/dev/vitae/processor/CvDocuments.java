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
 * behind. Each output is named by its file: {@code jane.html}, or {@code jane.zh-Hans.html}
 * for each language of a multilingual CV, inside the folder of its variant and audience
 * ({@code industry/private/jane.html}). Touches no javac structure, so it may run on threads
 * of its own.
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

  /** The text formats of the CV called {@code name}. */
  Rendered texts(String name, Resume written) {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (Page page : pages(name, written)) {
      for (Generator generator : generators) {
        documents.put(page.stem() + "." + generator.extension(),
            generator.render(page.reading()).getBytes(StandardCharsets.UTF_8));
      }
    }
    return new Rendered(documents, List.of());
  }

  /**
   * The PDFs of the CV called {@code name}. One that cannot be made is left out and its
   * failure kept: the text formats are written all the same.
   */
  Rendered pdfs(String name, Resume written) {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    if (pdf.enabled()) {
      for (Page page : pages(name, written)) {
        String file = page.stem() + "." + PdfGenerator.EXTENSION;
        try {
          documents.put(file, pdf.render(page.reading(), file));
        } catch (PdfOutput.Failure noPdf) {
          failures.add(noPdf.getMessage());
        }
      }
    }
    return new Rendered(documents, failures);
  }

  /** Each variant and audience in each language, named by its file's stem. */
  private List<Page> pages(String name, Resume written) {
    List<Page> pages = new ArrayList<>();
    for (Cut cut : Tailor.cuts(written)) {
      Resume variant = Tailor.cut(written, cut).cv();
      // the build's style options win over the CV's own, a variant's included
      Resume cv = variant.withStyle(style.over(variant.style()));
      Localization localization = cv.localization();
      for (String language : localization.languages()) {
        pages.add(new Page(cut.folder()
            + (localization.isMultilingual() ? name + "." + language : name),
            Reading.of(cv, language, style.themes())));
      }
    }
    return pages;
  }

  /** One CV as read in one language: the stem of its files, and the reading they share. */
  private record Page(String stem, Reading reading) {}

  /** A CV's outputs by file name, and the diagnostics of the PDFs that could not be made. */
  record Rendered(Map<String, byte[]> documents, List<String> pdfFailures) {

    /** Both sets of outputs, this one's files first. */
    Rendered and(Rendered other) {
      Map<String, byte[]> all = new LinkedHashMap<>(documents);
      all.putAll(other.documents);
      List<String> failures = new ArrayList<>(pdfFailures);
      failures.addAll(other.pdfFailures);
      return new Rendered(all, failures);
    }
  }
}
