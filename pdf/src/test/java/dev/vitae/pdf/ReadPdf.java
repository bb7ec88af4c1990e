package dev.vitae.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;

/**
 * A PDF as a reader's tools see it, read back with PDFBox: its pages, fonts, link targets,
 * bookmarks, description and text; and the words test that compares its text with a source.
 */
public final class ReadPdf {

  private final int pages;
  private final List<String> fonts = new ArrayList<>();
  private final List<String> notEmbedded = new ArrayList<>();
  private final List<String> links = new ArrayList<>();
  private final List<String> bookmarks = new ArrayList<>();
  private final String text;
  private final String title;
  private final String author;
  private final String language;
  private final boolean tagged;
  private final float pageWidthMm;
  private final float pageHeightMm;
  private final int imagesOnFirstPage;
  private final List<Float> lowestBaselinesMm = new ArrayList<>();
  private final List<String> pageTexts = new ArrayList<>();

  private ReadPdf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      pages = document.getNumberOfPages();
      pageWidthMm = document.getPage(0).getMediaBox().getWidth() / 72f * 25.4f;
      pageHeightMm = document.getPage(0).getMediaBox().getHeight() / 72f * 25.4f;
      imagesOnFirstPage = imagesOn(document.getPage(0));
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (var name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(font.getName());
          if (!font.isEmbedded()) {
            notEmbedded.add(font.getName());
          }
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
      var outline = document.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        for (PDOutlineItem item : outline.children()) {
          bookmarks.add(item.getTitle());
        }
      }
      // in reading order, as a viewer selects it and pdftotext reads it: the engine draws a
      // line's links after the rest of it, so the content stream's own order differs
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      text = stripper.getText(document);
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pageTexts.add(stripper.getText(document));
      }
      new Baselines().read(document);
      title = document.getDocumentInformation().getTitle();
      author = document.getDocumentInformation().getAuthor();
      language = document.getDocumentCatalog().getLanguage();
      tagged = document.getDocumentCatalog().getMarkInfo() != null
          && document.getDocumentCatalog().getMarkInfo().isMarked()
          && document.getDocumentCatalog().getStructureTreeRoot() != null;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  public static ReadPdf of(byte[] pdf) {
    return new ReadPdf(pdf);
  }

  public int pages() {
    return pages;
  }

  /** The width of the first page in millimetres. */
  public float pageWidthMm() {
    return pageWidthMm;
  }

  /** The height of the first page in millimetres. */
  public float pageHeightMm() {
    return pageHeightMm;
  }

  /** How many pictures (image XObjects) the first page draws: a photo, for one. */
  public int imagesOnFirstPage() {
    return imagesOnFirstPage;
  }

  /** For each page, how far from its top edge its lowest line of text stands (its baseline). */
  public List<Float> lowestBaselinesMm() {
    return lowestBaselinesMm;
  }

  /** The fonts of every page, by base name ({@code AAAPDL+NotoSans-Regular}). */
  public List<String> fonts() {
    return fonts;
  }

  public List<String> notEmbedded() {
    return notEmbedded;
  }

  /** The targets of the link annotations, in page order. */
  public List<String> links() {
    return links;
  }

  public List<String> bookmarks() {
    return bookmarks;
  }

  public String text() {
    return text;
  }

  /**
   * The number of the first page (from 1) whose text contains {@code words} in any case (a
   * theme may set headings in capitals); 0 for none.
   */
  public int pageOf(String words) {
    String wanted = words.toLowerCase(Locale.ROOT);
    for (int page = 0; page < pageTexts.size(); page++) {
      if (pageTexts.get(page).toLowerCase(Locale.ROOT).contains(wanted)) {
        return page + 1;
      }
    }
    return 0;
  }

  public String title() {
    return title;
  }

  public String author() {
    return author;
  }

  public String language() {
    return language;
  }

  /** Marked as tagged, with a structure tree. */
  public boolean tagged() {
    return tagged;
  }

  private static int imagesOn(PDPage page) throws IOException {
    PDResources resources = page.getResources();
    int images = 0;
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDImageXObject) {
        images++;
      }
    }
    return images;
  }

  /** Reads the lowest baseline of each page's text into {@link #lowestBaselinesMm}. */
  private final class Baselines extends PDFTextStripper {
    private float lowest;

    void read(PDDocument document) throws IOException {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        lowest = 0;
        setStartPage(page);
        setEndPage(page);
        getText(document);
        lowestBaselinesMm.add(lowest / 72f * 25.4f);
      }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      for (TextPosition position : positions) {
        if (!position.getUnicode().isBlank()) {
          lowest = Math.max(lowest, position.getYDirAdj());
        }
      }
    }
  }

  /** The visible words of an HTML page. */
  public static List<String> wordsOfHtml(String html) {
    return words(Jsoup.parse(html).body().text());
  }

  /**
   * Runs of letters and digits, and each Chinese, Japanese or Korean character on its own,
   * after NFKC and in lower case.
   */
  public static List<String> words(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    normalized.codePoints().forEach(character -> {
      if (FontCatalog.isCjk(character) && Character.isLetter(character)) {
        flush(word, words);
        words.add(Character.toString(character));
      } else if (Character.isLetterOrDigit(character)) {
        word.appendCodePoint(character);
      } else {
        flush(word, words);
      }
    });
    flush(word, words);
    return words;
  }

  /** The share of {@code expected} (a multiset) found in {@code shown}, in percent. */
  public static double percentKept(List<String> expected, List<String> shown) {
    Map<String, Integer> available = new HashMap<>();
    shown.forEach(word -> available.merge(word, 1, Integer::sum));
    int found = 0;
    for (String word : expected) {
      if (available.getOrDefault(word, 0) > 0) {
        available.merge(word, -1, Integer::sum);
        found++;
      }
    }
    return expected.isEmpty() ? 100 : 100.0 * found / expected.size();
  }

  /** The words of {@code expected} (a multiset) not found in {@code shown}. */
  public static List<String> missing(List<String> expected, List<String> shown) {
    Map<String, Integer> available = new HashMap<>();
    shown.forEach(word -> available.merge(word, 1, Integer::sum));
    List<String> missing = new ArrayList<>();
    for (String word : expected) {
      if (available.getOrDefault(word, 0) > 0) {
        available.merge(word, -1, Integer::sum);
      } else {
        missing.add(word);
      }
    }
    return missing;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
