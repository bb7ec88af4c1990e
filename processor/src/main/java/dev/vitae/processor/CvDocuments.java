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
  private final ProjectPhoto photo;
  private final PdfOutput pdf;

  CvDocuments(List<Generator> generators, BuildOptions options, PdfOutput pdf) {
    this.generators = generators;
    this.style = options.style();
    this.photo = options.photo();
    this.pdf = pdf;
  }

  /** The text formats of the CV called {@code name}, and the photo they show beside them. */
  Rendered texts(String name, Resume written) {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (Printed printed : printed(written)) {
      documents.putAll(photo.besideOutputs(printed.folder(), printed.cv()));
      for (Page page : printed.pages(name, style)) {
        for (Generator generator : generators) {
          documents.put(page.stem() + "." + generator.extension(),
              generator.render(page.reading()).getBytes(StandardCharsets.UTF_8));
        }
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
      for (Printed printed : printed(written)) {
        for (Page page : printed.pages(name, style)) {
          String file = page.stem() + "." + PdfGenerator.EXTENSION;
          try {
            documents.put(file, pdf.render(page.reading(), file));
          } catch (PdfOutput.Failure noPdf) {
            failures.add(noPdf.getMessage());
          }
        }
      }
    }
    return new Rendered(documents, failures);
  }

  /** Each variant and audience as printed: its folder, and its CV in the build's style. */
  private List<Printed> printed(Resume written) {
    List<Printed> printed = new ArrayList<>();
    for (Cut cut : Tailor.cuts(written)) {
      Resume variant = Tailor.cut(written, cut).cv();
      // the build's style options win over the CV's own, a variant's included
      printed.add(new Printed(cut.folder(), variant.withStyle(style.over(variant.style()))));
    }
    return printed;
  }

  /** One variant and audience: the folder of its outputs, and its CV. */
  private record Printed(String folder, Resume cv) {

    /** The CV in each of its languages, named by its files' stem. */
    List<Page> pages(String name, StyleOptions style) {
      Localization localization = cv.localization();
      List<Page> pages = new ArrayList<>();
      for (String language : localization.languages()) {
        pages.add(new Page(folder + (localization.isMultilingual() ? name + "." + language
            : name), Reading.of(cv, language, style.themes())));
      }
      return pages;
    }
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
