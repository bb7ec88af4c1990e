package dev.vitae.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.util.XRLog;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Resume;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.vitae.generators.Reading;
import dev.vitae.generators.html.HtmlGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * A CV as a PDF, in pure Java: its HTML page, in the theme the CV chose, laid out for print by
 * openhtmltopdf in the fonts of {@link FontCatalog}. The PDF has its fonts embedded as
 * subsets, text in reading order, links as link annotations, a bookmark per section, the
 * title, author and language, PDF/UA tags, and the same bytes every time.
 *
 * <p>Every character the page prints must be in some font: {@link MissingGlyphsException}
 * names those none has, and no PDF is made with a box in their place.
 */
public final class PdfGenerator {

  /** The file name extension: {@code pdf}. */
  public static final String EXTENSION = "pdf";

  /** The families theme CSS names in {@code font-family}, and the generic families. */
  private static final Map<String, List<String>> ALIASES = Map.of(
      FontCatalog.SANS_FAMILY, List.of("SansSerif"),
      FontCatalog.SERIF_FAMILY, List.of("Serif"),
      FontCatalog.MONO_FAMILY, List.of("Monospaced"));

  /** PDFBox's loggers, quietened: kept here so the settings last. */
  private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
      Logger.getLogger("org.apache.fontbox"));

  static {
    // the engine would print every CSS property it skips into the build's console
    XRLog.setLoggingEnabled(false);
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private final FontCatalog fonts;

  /** A generator with the fonts Vitae ships and those the system has for CJK text. */
  public PdfGenerator() {
    this(FontCatalog.shared());
  }

  /** A generator with the fonts of {@code fonts}. */
  public PdfGenerator(FontCatalog fonts) {
    this.fonts = fonts;
  }

  /** The fonts this generator lays text out in. */
  public FontCatalog fonts() {
    return fonts;
  }

  /** The CV's PDF in {@code language}, one of its languages, in one of Vitae's themes. */
  public byte[] render(Resume cv, String language) {
    return render(Reading.of(cv, language));
  }

  /**
   * The PDF of {@code reading}: its CV's theme's HTML page, found among the reading's themes,
   * made from the presentation model the reading shares with the other formats.
   */
  public byte[] render(Reading reading) {
    return render(reading, Map.of());
  }

  /**
   * The PDF of {@code reading}, with the pictures its page shows by file name ({@code images}:
   * "photo.jpg" and its bytes, as the page's folder would hold them) embedded.
   */
  public byte[] render(Reading reading, Map<String, byte[]> images) {
    return fromHtml(new HtmlGenerator().render(reading), reading.cv().style().paper(), images);
  }

  /** The CV's PDF in its first language. */
  public byte[] render(Resume cv) {
    return render(cv, cv.localization().primary());
  }

  /**
   * The PDF of a CV's HTML page, on {@code paper} unless its CSS sets a page size. One at a
   * time in the JVM: the fonts are parsed once and shared.
   */
  public byte[] fromHtml(String html, Paper paper) {
    return fromHtml(html, paper, Map.of());
  }

  /** The PDF of a CV's HTML page, with the {@code images} it shows by file name embedded. */
  public byte[] fromHtml(String html, Paper paper, Map<String, byte[]> images) {
    synchronized (PdfGenerator.class) {
      return layOut(html, paper, images);
    }
  }

  private byte[] layOut(String html, Paper paper, Map<String, byte[]> images) {
    Document page = Jsoup.parse(html);
    EmbeddedImages.embed(page, images);
    SortedSet<Integer> missing = fonts.missing(page.text());
    if (!missing.isEmpty()) {
      throw new MissingGlyphsException(missing);
    }
    Bookmarks.add(page);
    FontMappers.set(new NoSystemFonts(fonts.faces().get(0)));
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder()
          .useFastMode()
          .usePdfUaAccessibility(true)
          // the modern theme's contact icons are inline SVG
          .useSVGDrawer(new BatikSVGDrawer())
          .usePDDocument(document)
          .withProducer(ReproduciblePdf.PRODUCER)
          .useDefaultPageSize((float) paper.widthMm(), (float) paper.heightMm(),
              PageSizeUnits.MM)
          // nothing is fetched: no file, no network, only what the page holds (data: URIs)
          .useExternalResourceAccessControl((uri, type) -> uri != null
              && uri.startsWith("data:"), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
          .useExternalResourceAccessControl((uri, type) -> uri != null
              && uri.startsWith("data:"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
      // one embedding of a face per document, whatever name the layout reaches it by
      Map<FontFace, LazyFont> embedded = new HashMap<>();
      for (FontFace face : fonts.faces()) {
        embedded.put(face, new LazyFont(document, face));
        for (String family : familiesOf(face)) {
          builder.useFont(embedded.get(face), family, face.weight(),
              face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
      }
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        addFallbacks(renderer, embedded);
        renderer.layout();
        renderer.createPDFWithoutClosing();
      }
      return ReproduciblePdf.finish(document, page);
    } catch (IOException unexpected) {
      throw new UncheckedIOException(unexpected);
    }
  }

  private static List<String> familiesOf(FontFace face) {
    List<String> aliases = ALIASES.getOrDefault(face.family(), List.of());
    return Stream.concat(Stream.of(face.family()), aliases.stream()).toList();
  }

  /**
   * Where the family a CSS rule names lacks a character, a fallback that has it draws it
   * ({@link FontCatalog#fallbacks}): Vitae Sans, the symbols, the CJK fonts.
   */
  private void addFallbacks(PdfBoxRenderer renderer, Map<FontFace, LazyFont> embedded) {
    for (FontFace face : fonts.fallbacks()) {
      renderer.getFontResolver().addFont(embedded.get(face),
          "Vitae fallback " + face.family(), face.weight(),
          face.italic() ? IdentValue.ITALIC : IdentValue.NORMAL, true,
          FontGroup.FINAL_FALLBACK);
    }
  }

  /** A font embedded into the document only once the layout uses it. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument document;
    private final FontFace face;
    private PDFont font;

    LazyFont(PDDocument document, FontFace face) {
      super(null);
      this.document = document;
      this.face = face;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        try {
          font = PDType0Font.load(document, face.font(), true);
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
      }
      return font;
    }
  }
}
