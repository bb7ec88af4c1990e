package dev.vitae.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The fonts a PDF can use: those Vitae ships (listed in every {@code dev/vitae/pdf/fonts/
 * fonts.list} on the class path, so a jar can add more) and a TrueType CJK font of the system
 * ({@link SystemCjkFonts}). A character is printable when any of them has it; the PDF never
 * draws one that none has.
 */
public final class FontCatalog {

  /** The list of shipped fonts; each jar with fonts holds one. */
  static final String LIST = "dev/vitae/pdf/fonts/fonts.list";

  /** The family theme CSS names for Chinese, Japanese and Korean text. */
  public static final String CJK_FAMILY = "Vitae CJK";
  static final String SANS_FAMILY = "Vitae Sans";
  static final String SERIF_FAMILY = "Vitae Serif";
  static final String MONO_FAMILY = "Vitae Mono";

  /** The family names of fonts from a folder the build names: {@code Vitae Extra 1}, ... */
  static final String EXTRA_FAMILY = "Vitae Extra";

  private static FontCatalog shared;
  private static final Map<Path, FontCatalog> WITH_FOLDER = new HashMap<>();

  private final List<FontFace> faces;
  private final List<FontFace> fallbacks;

  FontCatalog(List<FontFace> faces) {
    this.faces = List.copyOf(faces);
    this.fallbacks = fallbacksOf(this.faces);
  }

  /** The fonts of this JVM, found once. */
  public static synchronized FontCatalog shared() {
    if (shared == null) {
      List<FontFace> faces = new ArrayList<>(shipped(FontCatalog.class.getClassLoader()));
      boolean shipsCjk = faces.stream().anyMatch(face -> face.family().equals(CJK_FAMILY));
      faces.addAll(SystemCjkFonts.find(shipsCjk));
      shared = new FontCatalog(faces);
    }
    return shared;
  }

  /**
   * The shared fonts and, after them, every TrueType font (.ttf, .ttc) in {@code folder} and
   * its subfolders, in the order of their names: they draw what the others lack.
   */
  public static synchronized FontCatalog withFolder(Path folder) {
    return WITH_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), absolute -> {
      List<FontFace> faces = new ArrayList<>(shared().faces());
      try (Stream<Path> files = Files.walk(absolute, 3)) {
        List<Path> fonts = files.filter(FontCatalog::isTrueType).sorted().toList();
        for (int i = 0; i < fonts.size(); i++) {
          faces.add(FontFace.file(EXTRA_FAMILY + " " + (i + 1), fonts.get(i)));
        }
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      return new FontCatalog(faces);
    });
  }

  private static boolean isTrueType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && (name.endsWith(".ttf") || name.endsWith(".ttc"));
  }

  public List<FontFace> faces() {
    return faces;
  }

  /**
   * The fonts that draw what a text's own family lacks: all but Vitae Serif and Vitae Mono,
   * upright regular faces first (the likeliest to be needed, so the others are parsed only
   * when they are).
   */
  public List<FontFace> fallbacks() {
    return fallbacks;
  }

  private static List<FontFace> fallbacksOf(List<FontFace> faces) {
    return faces.stream()
        .filter(face -> !face.family().equals(SERIF_FAMILY) && !face.family().equals(MONO_FAMILY))
        .sorted(Comparator.comparing((FontFace face) -> face.italic() || face.weight() != 400))
        .toList();
  }

  /**
   * Whether the PDF can draw {@code codePoint} in any text: a fallback has it. Spaces,
   * controls and joiners need no glyph.
   */
  public boolean covers(int codePoint) {
    if (needsNoGlyph(codePoint)) {
      return true;
    }
    for (FontFace face : fallbacks) {
      if (face.covers(codePoint)) {
        return true;
      }
    }
    return false;
  }

  /** The characters of {@code text} no font draws, in code point order. */
  public SortedSet<Integer> missing(String text) {
    SortedSet<Integer> missing = new TreeSet<>();
    text.codePoints().filter(c -> !covers(c)).forEach(missing::add);
    return missing;
  }

  /** Whether a CJK font is at hand: vitae-fonts-cjk, or one of the system's. */
  public boolean hasCjk() {
    return faces.stream().anyMatch(face -> face.family().startsWith(CJK_FAMILY));
  }

  /**
   * Characters drawn as no glyph: white space, controls, format characters (zero-width
   * joiners, marks of direction) and variation selectors, which pick a glyph's style.
   */
  static boolean needsNoGlyph(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
        || type == Character.CONTROL || type == Character.FORMAT
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
        || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
  }

  /**
   * What to do about {@code missing}, characters no font has: install a CJK font when they are
   * Chinese, Japanese or Korean and the system has none, else name a folder of fonts; or let
   * xelatex make the PDF.
   */
  public String advice(java.util.Collection<Integer> missing) {
    if (!hasCjk() && missing.stream().anyMatch(FontCatalog::isCjk)) {
      return "the PDF needs a TrueType font for Chinese, Japanese and Korean, and the system"
          + " has none: install one (Debian: " + SystemCjkFonts.INSTALL_ADVICE + "), put"
          + " dev.vitae:vitae-fonts-cjk on the annotation processor path, or make the PDF with"
          + " xelatex (-Avitae.pdf=xelatex)";
    }
    return "no font Vitae ships or finds has them: write other characters, add a folder of"
        + " TrueType fonts that have them (-Avitae.fonts=<folder>), or make the PDF with"
        + " xelatex (-Avitae.pdf=xelatex)";
  }

  /** A character of Chinese, Japanese or Korean writing. */
  public static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  /** {@code U+1D400 𝐀}, as messages name a character. */
  public static String describe(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X %s", codePoint, Character.toString(codePoint));
  }

  private static List<FontFace> shipped(ClassLoader loader) {
    List<FontFace> faces = new ArrayList<>();
    try {
      for (URL list : Collections.list(loader.getResources(LIST))) {
        try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(list.openStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = lines.readLine()) != null) {
            if (!line.isBlank() && !line.startsWith("#")) {
              faces.add(parse(line, loader));
            }
          }
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return faces;
  }

  /** {@code Vitae Sans | 700 | italic | NotoSans-BoldItalic.ttf} */
  private static FontFace parse(String line, ClassLoader loader) {
    String[] fields = line.split("\\|");
    if (fields.length != 4) {
      throw new IllegalStateException("not a font line of " + LIST + ": " + line);
    }
    String folder = LIST.substring(0, LIST.lastIndexOf('/') + 1);
    return FontFace.resource(fields[0].strip(), Integer.parseInt(fields[1].strip()),
        fields[2].strip().equals("italic"), loader, folder + fields[3].strip());
  }
}
