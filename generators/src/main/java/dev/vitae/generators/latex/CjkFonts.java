package dev.vitae.generators.latex;

import java.util.Locale;

/**
 * Which Noto CJK family a document uses for Chinese, Japanese and Korean characters. The
 * same code point is drawn differently in each region (骨, 直), so the family follows the
 * document's language: SC for Simplified Chinese and any non-CJK language, TC for Traditional
 * Chinese, JP for Japanese, KR for Korean.
 */
final class CjkFonts {

  private CjkFonts() {}

  /** The family's region suffix as fc-list names it: "SC", "TC", "JP" or "KR". */
  static String forLanguage(String language) {
    Locale locale = Locale.forLanguageTag(language);
    switch (locale.getLanguage()) {
      case "ja":
        return "JP";
      case "ko":
        return "KR";
      case "zh":
        boolean traditional = locale.getScript().equals("Hant")
            || (locale.getScript().isEmpty() && (locale.getCountry().equals("TW")
                || locale.getCountry().equals("HK") || locale.getCountry().equals("MO")));
        return traditional ? "TC" : "SC";
      default:
        return "SC";
    }
  }
}
