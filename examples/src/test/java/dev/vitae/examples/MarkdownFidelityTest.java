package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Markdown says what the author's CV said too: read as GitHub reads it (CommonMark with
 * GFM tables), it shows at least 98% of the seed's words, as {@link SeedFidelityTest} asks of
 * the page and the PDF. Missing words go to {@code target/fidelity/<document>.md.missing.txt}.
 */
class MarkdownFidelityTest {

  private static final double REQUIRED_PERCENT = 98.0;

  private static final Path CV_DIRECTORY =
      Path.of(System.getProperty("vitae.output", "target/cv"));
  private static final Path REPORT_DIRECTORY = CV_DIRECTORY.resolveSibling("fidelity");

  private static final List<Extension> GFM = List.of(TablesExtension.create());

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void markdownShowsTheSeedsWords(SeedDocument document) throws IOException {
    Path markdown = document.output(CV_DIRECTORY, "md");
    assertTrue(Files.isRegularFile(markdown), markdown + " was not generated");
    Coverage coverage = Coverage.of(document.seedWords(), shownWords(markdown));
    String report = coverage.report(document.label(), "md");
    System.out.println(report);
    Files.createDirectories(REPORT_DIRECTORY);
    Files.write(REPORT_DIRECTORY.resolve(document.label().replace(' ', '-')
        + ".md.missing.txt"), coverage.missing(), StandardCharsets.UTF_8);
    assertTrue(coverage.atLeast(REQUIRED_PERCENT), report);
  }

  /** The words of the page GitHub would make of the Markdown. */
  private static List<String> shownWords(Path markdown) throws IOException {
    String html = HtmlRenderer.builder().extensions(GFM).build().render(
        Parser.builder().extensions(GFM).build().parse(Files.readString(markdown)));
    return Words.of(Jsoup.parse(html).body().text());
  }
}
