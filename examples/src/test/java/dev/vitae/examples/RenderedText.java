package dev.vitae.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The words a reader of a generated CV sees: the text of an HTML page's body (no markup,
 * styles, scripts or attributes), or the text pdftotext reads from a PDF.
 */
final class RenderedText {

  private RenderedText() {}

  static List<String> ofHtml(Path html) throws IOException {
    return Words.of(Jsoup.parse(html.toFile(), "UTF-8").body().text());
  }

  /** Compiles {@code tex} once, in {@code workDirectory}, and reads the PDF's words. */
  static List<String> ofLatex(Path tex, Path workDirectory)
      throws IOException, InterruptedException {
    return Words.of(PdfText.compile(tex, workDirectory));
  }
}
