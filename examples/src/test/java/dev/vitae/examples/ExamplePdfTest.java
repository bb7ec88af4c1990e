package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
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
    check(document, "pdf", Files.readAllBytes(pdf), Files.readString(html));
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
    check(document, "pdf " + theme.key(), PDF.render(cv, language),
        new HtmlGenerator().render(cv, language));
  }

  private static void check(SeedDocument document, String format, byte[] bytes, String html) {
    ReadPdf pdf = ReadPdf.of(bytes);
    Coverage coverage = Coverage.of(document.seedWords(), Words.of(pdf.text()));
    System.out.printf(Locale.ROOT, "[vitae] %s, %d pages%n",
        coverage.report(document.label(), format), pdf.pages());
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
}
