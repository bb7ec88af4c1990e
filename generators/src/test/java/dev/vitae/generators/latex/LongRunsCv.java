package dev.vitae.generators.latex;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;

/**
 * CVs that once crashed xelatex, hung it or lost text off the page: long runs without a
 * space, glyphs Latin Modern lacks, stacked accents, and a plain CV too long for one page.
 */
final class LongRunsCv {

  static final String LONG_WORD = "x".repeat(1000);
  static final String AMPERSANDS = "&".repeat(600);
  static final String BRACKETS = "[".repeat(300);
  static final String SCHEMES = "://".repeat(200);
  static final String LONG_URL = "https://research.example.org/" + "deep/".repeat(120) + "end";
  static final String LONG_NAME = "Wolfeschlegelsteinhausenbergerdorff".repeat(6);
  /**
   * A letter under a stack of accents Latin Modern lacks, which DejaVu Sans has (it lacks
   * U+0350, U+0354 to U+0356, U+0359, U+035B and the letters U+0363 to U+036F: no font
   * Vitae's LaTeX uses draws those).
   */
  static final String STACKED = "Z\u0351\u0343\u0302\u033D\u034F\u0334"
      + "\u0319\u0324\u031E\u0349\u035A\u032F\u031E\u0320\u034D";
  static final String MATH_LETTERS = "𝐀𝐁𝐂 𝟏𝟐𝟑";
  static final String ARABIC = "مرحبا بالعالم";
  static final int ENTRIES = 30;

  private LongRunsCv() {}

  static Resume hostile() {
    return Vitae.cv()
        .basics(b -> b.name("Jane " + LONG_NAME).label(LONG_WORD)
            .summary("See <" + LONG_URL + "> and " + AMPERSANDS + " then " + BRACKETS + " "
                + SCHEMES)
            .profile(p -> p.network("GitHub").username("u".repeat(300))
                .url("https://github.com/" + "u".repeat(300))))
        .work(w -> w.name(LONG_NAME).position(LONG_WORD).start(2020)
            .highlight(STACKED + " " + MATH_LETTERS + " *" + ARABIC + "*")
            .highlight("[" + LONG_URL + "](" + LONG_URL + ")"))
        .skill(s -> s.name("Many").keywords(LONG_WORD, AMPERSANDS, "a b c", "d e f"))
        .section("Links", s -> s.columns("Kind", "Address").row(LONG_WORD, LONG_URL))
        .build();
  }

  /** A plain CV with many short entries: every one must reach the PDF. */
  static Resume manyEntries() {
    var cv = Vitae.cv().basics(b -> b.name("Jane Doe"));
    for (int i = 1; i <= ENTRIES; i++) {
      int number = i;
      cv.certificate(c -> c.name("Certificate " + number).issuer("Issuer " + number)
          .date(2000 + number % 25, 1 + number % 12));
      cv.award(a -> a.title("Award " + number).awarder("Awarder " + number)
          .date(2000 + number % 25, 1 + number % 12));
    }
    return cv.build();
  }
}
