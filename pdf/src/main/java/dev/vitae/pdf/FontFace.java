package dev.vitae.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * One font the PDF may use: a CSS family name, a weight and a style, and the TrueType font,
 * parsed once on first use and kept for every later PDF of the JVM.
 */
public final class FontFace {

  private final String family;
  private final int weight;
  private final boolean italic;
  private final String origin;
  private final Supplier<TrueTypeFont> loader;
  private TrueTypeFont font;
  private CmapLookup characters;

  private FontFace(String family, int weight, boolean italic, String origin,
      Supplier<TrueTypeFont> loader) {
    this.family = family;
    this.weight = weight;
    this.italic = italic;
    this.origin = origin;
    this.loader = loader;
  }

  /** A font shipped as a class path resource. */
  static FontFace resource(String family, int weight, boolean italic, ClassLoader loader,
      String resource) {
    return new FontFace(family, weight, italic, resource, () -> {
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("the font " + resource + " is missing from the class path");
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    });
  }

  /** A font of the system: a TrueType file, or the first font of a collection (.ttc). */
  static FontFace file(String family, java.nio.file.Path file) {
    return new FontFace(family, 400, false, file.toString(), () -> {
      try {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
          return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        new TrueTypeCollection(file.toFile()).processAllFonts(ttf -> {
          if (first[0] == null) {
            first[0] = ttf;
          }
        });
        return first[0];
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    });
  }

  public String family() {
    return family;
  }

  public int weight() {
    return weight;
  }

  public boolean italic() {
    return italic;
  }

  /** Where the font comes from: a resource or a file. */
  public String origin() {
    return origin;
  }

  /** The parsed font; shared, so only one PDF at a time may embed it. */
  synchronized TrueTypeFont font() {
    if (font == null) {
      font = loader.get();
      // no ligatures: "ﬁ" would be copied, searched and read aloud as one odd character
      font.setEnableGsub(false);
    }
    return font;
  }

  /** Whether the font draws {@code codePoint}. */
  public synchronized boolean covers(int codePoint) {
    try {
      if (characters == null) {
        characters = font().getUnicodeCmapLookup(false);
      }
      return characters != null && characters.getGlyphId(codePoint) > 0;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  @Override
  public String toString() {
    return family + " " + weight + (italic ? " italic" : "") + " (" + origin + ")";
  }
}
