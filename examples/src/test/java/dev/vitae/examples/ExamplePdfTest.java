package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.Reading;
import dev.vitae.generators.html.HtmlGenerator;
import dev.vitae.pdf.PdfGenerator;
import dev.vitae.pdf.ReadPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's PDF from the pure-Java engine (no xelatex takes part): the one the
 * processor wrote when the examples compiled, and one in every theme ({@link Theme#values()})
 * made here from the same CV. Each is read back with PDFBox: pages (printed), fonts embedded,
 * a link annotation for every link of its page, and at least 98% of the seed's words.
 */
class ExamplePdfTest {

  private static final double REQUIRED_PERCENT = 98.0;
  private static final Path CV_DIRECTORY =
      Path.of(System.getProperty("vitae.output", "target/cv"));
  private static final PdfGenerator PDF = new PdfGenerator();
  /** Every page but the last is filled at least this far: its text area, top to bottom. */
  private static final double FULL_ENOUGH = 2.0 / 3;
  /**
   * Pages short on purpose, by example, theme and page ("002 bilingual.en pdf classic page 1"), each
   * with the section kept together that makes them so. None is yet.
   */
  private static final Map<String, String> SHORT_ON_PURPOSE = Map.of();
  /** The first margin of the page's {@code @page} rule: its top and bottom, in millimetres. */
  private static final Pattern PAGE_MARGIN =
      Pattern.compile("@page \\{[^}]*margin: ([\\d.]+)mm");

  /** The example CVs by output name, as their @Cv methods build them. */
  static final Map<String, Supplier<Resume>> EXAMPLES = Map.of(
      "github-profile", GithubProfileCv::githubProfile,
      "chinese-engineer", ChineseEngineerCv::chineseEngineer,
      "bilingual", BilingualCv::bilingual,
      "academic", AcademicCv::academic,
      "senior-engineer", SeniorEngineerCv::seniorEngineer);

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void theProcessorWroteThePdf(SeedDocument document) throws IOException {
    Path pdf = document.output(CV_DIRECTORY, "pdf");
    assertTrue(Files.isRegularFile(pdf), pdf + " was not written when the examples compiled");
    Path html = document.output(CV_DIRECTORY, "html");
    Resume cv = EXAMPLES.get(document.cv()).get();
    check(document, "pdf", Files.readAllBytes(pdf), Files.readString(html), hasPhoto(cv));
    Photos.of(cv).keySet().forEach(photo -> assertTrue(Files.isRegularFile(
        html.resolveSibling(photo)), "the photo the page shows lies beside it: " + photo));
  }

  static Stream<Arguments> everyThemeOfEveryDocument() {
    List<Arguments> cases = new ArrayList<>();
    for (SeedDocument document : SeedDocument.values()) {
      for (Theme theme : Theme.values()) {
        cases.add(Arguments.of(document, theme));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyThemeOfEveryDocument")
  void everyThemeKeepsTheSeedsWords(SeedDocument document, Theme theme) {
    Resume cv = EXAMPLES.get(document.cv()).get();
    cv = cv.withStyle(new Style(theme.key(), cv.style().accent(), cv.style().paper(),
        cv.style().fontSize()));
    String language = document.language() == null ? cv.localization().primary()
        : document.language();
    check(document, "pdf " + theme.key(),
        PDF.render(Reading.of(cv, language), Photos.of(cv)),
        new HtmlGenerator().render(cv, language), hasPhoto(cv));
  }

  private static void check(SeedDocument document, String format, byte[] bytes, String html,
      boolean photo) {
    ReadPdf pdf = ReadPdf.of(bytes);
    Coverage coverage = Coverage.of(document.seedWords(), Words.of(pdf.text()));
    List<Double> fills = fills(pdf, html);
    System.out.printf(Locale.ROOT, "[vitae] %s, %d pages, filled %s%n",
        coverage.report(document.label(), format), pdf.pages(),
        fills.stream().map(fill -> Math.round(fill * 100) + "%").toList());
    assertEquals(photo ? 1 : 0, pdf.imagesOnFirstPage(), "pictures on page 1");
    for (int page = 0; page < fills.size() - 1; page++) {
      String name = document.label() + " " + format + " page " + (page + 1);
      if (fills.get(page) < FULL_ENOUGH && !SHORT_ON_PURPOSE.containsKey(name)) {
        throw new AssertionError(name + " is only "
            + Math.round(fills.get(page) * 100) + "% full: " + fills);
      }
    }
    assertTrue(pdf.notEmbedded().isEmpty(), () -> "fonts not embedded: " + pdf.notEmbedded());
    Document page = Jsoup.parse(html);
    List<String> targets = page.select("a[href^=http], a[href^=mailto], a[href^=tel]").stream()
        .map(link -> link.attr("href")).distinct().toList();
    assertTrue(pdf.links().containsAll(targets), () -> "links without annotation: "
        + targets.stream().filter(target -> !pdf.links().contains(target)).toList());
    assertEquals(page.body().text().chars().filter(c -> c == '#').count(),
        pdf.text().chars().filter(c -> c == '#').count(),
        "a '#' the page does not have is the engine's mark of a missing glyph");
    assertTrue(coverage.atLeast(REQUIRED_PERCENT), coverage.report(document.label(), format));
  }

  /**
   * For each page, how far down its text area its lowest line stands: 1 at the bottom margin.
   * The text area is the page less the margins of the page's {@code @page} rule.
   */
  private static List<Double> fills(ReadPdf pdf, String html) {
    Matcher margin = PAGE_MARGIN.matcher(html);
    assertTrue(margin.find(), "the page sets its margins in mm in its @page rule");
    double top = Double.parseDouble(margin.group(1));
    double area = pdf.pageHeightMm() - 2 * top;
    return pdf.lowestBaselinesMm().stream().map(lowest -> (lowest - top) / area).toList();
  }

  private static boolean hasPhoto(Resume cv) {
    return !Photos.of(cv).isEmpty();
  }
}
