package dev.vitae.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * TrueType fonts for Chinese, Japanese and Korean found among the system's fonts. PDFBox embeds
 * only TrueType outlines, so the common Noto CJK and Source Han fonts (CFF outlines) cannot
 * serve; these can, best first. They cover what the shipped fonts lack.
 */
final class SystemCjkFonts {

  /** File names of TrueType CJK fonts, best first, with the Debian package that installs each. */
  static final List<String> KNOWN = List.of(
      "wqy-zenhei.ttc",            // fonts-wqy-zenhei: Simplified and Traditional Chinese, kana, Hangul
      "wqy-microhei.ttc",          // fonts-wqy-microhei
      "DroidSansFallbackFull.ttf", // fonts-droid-fallback
      "uming.ttc",                 // fonts-arphic-uming
      "ukai.ttc",                  // fonts-arphic-ukai
      "gbsn00lp.ttf",              // fonts-arphic-gbsn00lp (texlive-lang-chinese)
      "bsmi00lp.ttf",              // fonts-arphic-bsmi00lp
      "gkai00mp.ttf",              // fonts-arphic-gkai00mp
      "bkai00mp.ttf",              // fonts-arphic-bkai00mp
      "ipagp.ttf",                 // fonts-ipafont-gothic: Japanese
      "TakaoPGothic.ttf",          // fonts-takao-gothic
      "NanumGothic.ttf",           // fonts-nanum: Korean
      "msyh.ttc",                  // Windows: Microsoft YaHei
      "simsun.ttc",                // Windows: SimSun
      "malgun.ttf",                // Windows: Malgun Gothic
      "meiryo.ttc");               // Windows: Meiryo

  /** The Debian packages that install a TrueType CJK font, for messages. */
  static final String INSTALL_ADVICE = "fonts-wqy-zenhei (or fonts-droid-fallback,"
      + " fonts-arphic-uming)";

  private static final int DEPTH = 5;

  private SystemCjkFonts() {}

  /**
   * The system's TrueType CJK fonts, best first; the first is {@value FontCatalog#CJK_FAMILY}
   * unless {@code shipped}, a CJK font on the class path (vitae-fonts-cjk), already is.
   */
  static List<FontFace> find(boolean shipped) {
    Map<String, Path> found = new HashMap<>();
    for (Path root : roots()) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root, DEPTH)) {
        files.forEach(file -> found.putIfAbsent(
            file.getFileName().toString().toLowerCase(Locale.ROOT), file));
      } catch (IOException | RuntimeException unreadable) {
        // a folder we may not read holds no font we can use
      }
    }
    List<FontFace> faces = new ArrayList<>();
    for (String name : KNOWN) {
      Path file = found.get(name.toLowerCase(Locale.ROOT));
      if (file != null && Files.isReadable(file)) {
        int number = faces.size() + (shipped ? 2 : 1);
        String family = number == 1 ? FontCatalog.CJK_FAMILY
            : FontCatalog.CJK_FAMILY + " " + number;
        faces.add(FontFace.file(family, file));
      }
    }
    return faces;
  }

  private static List<Path> roots() {
    List<Path> roots = new ArrayList<>();
    String home = System.getProperty("user.home", "");
    roots.add(Path.of("/usr/share/fonts"));
    roots.add(Path.of("/usr/local/share/fonts"));
    if (!home.isEmpty()) {
      roots.add(Path.of(home, ".fonts"));
      roots.add(Path.of(home, ".local", "share", "fonts"));
      roots.add(Path.of(home, "Library", "Fonts"));
    }
    roots.add(Path.of("/Library/Fonts"));
    String windows = System.getenv("WINDIR");
    if (windows != null) {
      roots.add(Path.of(windows, "Fonts"));
    }
    return roots;
  }
}
