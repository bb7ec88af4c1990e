package dev.vitae.generators.latex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far down each page of a PDF its text reaches, read from pdftotext's word boxes: the
 * lowest word's bottom, as a fraction of the page's height.
 */
public final class PageFill {

  private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
  private static final Pattern WORD = Pattern.compile("<word [^>]*yMax=\"([\\d.]+)\"");

  private PageFill() {}

  /** For each page, the fraction of its height above the bottom of its lowest word. */
  public static List<Double> of(Path pdftotext, Path pdf) throws IOException,
      InterruptedException {
    Path boxes = pdf.resolveSibling(pdf.getFileName() + ".boxes.html");
    Process process = new ProcessBuilder(pdftotext.toString(), "-bbox", pdf.toString(),
        boxes.toString()).redirectErrorStream(true).start();
    if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("pdftotext -bbox failed on " + pdf);
    }
    String html = Files.readString(boxes, StandardCharsets.UTF_8);
    List<Double> fills = new ArrayList<>();
    String[] pages = html.split("(?=<page )");
    for (String page : pages) {
      Matcher size = PAGE.matcher(page);
      if (!size.find()) {
        continue;
      }
      double height = Double.parseDouble(size.group(2));
      double lowest = 0;
      Matcher word = WORD.matcher(page);
      while (word.find()) {
        lowest = Math.max(lowest, Double.parseDouble(word.group(1)));
      }
      fills.add(lowest / height);
    }
    return fills;
  }
}
