package dev.vitae.processor;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.CvStrings;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Resume;
import dev.vitae.pdf.FontCatalog;
import dev.vitae.pdf.MissingGlyphsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * {@code [vitae:font]}: every character the PDF prints is drawn by one of its fonts. Each
 * text with characters none has is reported at its argument, naming them and what to add, so
 * the PDF never shows an empty box.
 */
final class FontCoverage {

  /** Parts of the model the PDF does not print. */
  private static final Set<String> NOT_PRINTED = Set.of("meta", "style");
  private static final int SHOWN = 40;

  private FontCoverage() {}

  static List<Problem> check(Resume cv, FontCatalog fonts) {
    List<Problem> problems = new ArrayList<>();
    CvStrings.forEach(cv, (path, value) -> {
      if (path.isRoot() || NOT_PRINTED.contains(path.segments().get(0).name())) {
        return;
      }
      SortedSet<Integer> missing = fonts.missing(value);
      if (!missing.isEmpty()) {
        problems.add(new Problem(Check.FONT, path, message(path, value, missing, fonts)));
      }
    });
    return problems;
  }

  private static String message(Path path, String value, SortedSet<Integer> missing,
      FontCatalog fonts) {
    String shown = value.codePointCount(0, value.length()) <= SHOWN ? value
        : value.substring(0, value.offsetByCodePoints(0, SHOWN - 3)) + "...";
    return path + " \"" + shown + "\": no font of the PDF draws "
        + MissingGlyphsException.describe(missing) + "; " + fonts.advice(missing);
  }
}
