package dev.vitae.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.SparseCv;
import dev.vitae.generators.html.HtmlGenerator;
import dev.vitae.generators.i18n.BilingualCv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generators' sample CVs in every theme ({@link Theme#values()}) and every language, as
 * PDFs from the pure-Java engine, read back with PDFBox: fonts embedded, links as annotations,
 * a bookmark per section, title, author, language and tags, the page's words kept, and no
 * character replaced by the engine's "#" for a missing glyph.
 */
class PdfGeneratorTest {

  private static final double REQUIRED_PERCENT = 98.0;
  private static final PdfGenerator PDF = new PdfGenerator();

  record Sample(String name, Supplier<Resume> cv) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> samplesInEveryThemeAndLanguage() {
    List<Sample> samples = List.of(new Sample("complete", SampleCvs::complete),
        new Sample("sparse", SparseCv::create), new Sample("hostile", SampleCvs::hostile),
        new Sample("bilingual", BilingualCv::create));
    List<Arguments> cases = new ArrayList<>();
    for (Sample sample : samples) {
      for (Theme theme : Theme.values()) {
        for (String language : sample.cv().get().localization().languages()) {
          cases.add(Arguments.of(sample, theme, language));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("samplesInEveryThemeAndLanguage")
  void readsBackAsTheHtmlPage(Sample sample, Theme theme, String language) {
    Resume cv = inTheme(sample.cv().get(), theme);
    String html = new HtmlGenerator().render(cv, language);
    ReadPdf pdf = ReadPdf.of(PDF.render(cv, language));
    Document page = Jsoup.parse(html);
    System.out.printf(Locale.ROOT, "[vitae] pdf %s %s %s: %d pages%n", sample, theme.key(),
        language, pdf.pages());

    assertTrue(pdf.pages() >= 1);
    assertTrue(pdf.notEmbedded().isEmpty(), () -> "fonts not embedded: " + pdf.notEmbedded());
    assertTrue(pdf.fonts().stream().allMatch(font -> font.matches("[A-Z]{6}\\+.*")),
        () -> "every font is a subset: " + pdf.fonts());
    List<String> targets = page.select("a[href^=http], a[href^=mailto], a[href^=tel]").stream()
        .map(link -> link.attr("href")).distinct().toList();
    assertTrue(pdf.links().containsAll(targets),
        () -> "links without annotation: " + targets.stream()
            .filter(target -> !pdf.links().contains(target)).toList());
    List<String> headings = page.select("body h2").eachText().stream()
        .filter(heading -> !heading.isBlank()).toList();
    assertEquals(headings, pdf.bookmarks());
    assertEquals(page.title(), pdf.title());
    assertEquals(page.selectFirst("h1").text(), pdf.author());
    assertEquals(page.selectFirst("html").attr("lang"), pdf.language());
    assertTrue(pdf.tagged(), "tagged for PDF/UA");

    List<String> expected = ReadPdf.wordsOfHtml(html);
    List<String> shown = ReadPdf.words(pdf.text());
    double kept = ReadPdf.percentKept(expected, shown);
    assertTrue(kept >= REQUIRED_PERCENT, () -> String.format(Locale.ROOT,
        "the PDF keeps %.1f%% of the page's words; lost: %s", kept,
        ReadPdf.missing(expected, shown)));
    assertEquals(count('#', page.body().text()), count('#', pdf.text()),
        "a '#' the page does not have is the engine's mark of a missing glyph");
  }

  @Test
  void theSameCvGivesTheSameBytes() {
    Resume cv = SampleCvs.complete();
    assertArrayEquals(PDF.render(cv), PDF.render(cv));
  }

  @Test
  void thePaperOfTheStyleIsThePageSize() {
    // the page keeps A4 or Letter unless a theme's CSS sets another @page size
    for (Paper paper : Paper.values()) {
      byte[] pdf = PDF.fromHtml("<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head>"
          + "<body><h1>T</h1></body></html>", paper);
      ReadPdf read = ReadPdf.of(pdf);
      assertEquals(1, read.pages());
      assertEquals(paper.widthMm(), read.pageWidthMm(), 1, paper.name());
    }
  }

  private static Resume inTheme(Resume cv, Theme theme) {
    Style style = cv.style();
    return cv.withStyle(new Style(theme.key(), style.accent(), style.paper(), style.fontSize()));
  }

  private static long count(char character, String text) {
    return text.chars().filter(c -> c == character).count();
  }
}
