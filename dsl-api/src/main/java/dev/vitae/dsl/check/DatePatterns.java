package dev.vitae.dsl.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Whether a date pattern label works where the outputs use it: they format a date (a
 * {@link LocalDate}, no time of day) in the output's language, so a pattern that parses but
 * asks for an hour ({@code "B"}, {@code "HH"}) or a zone fails only then, and a padded field
 * ({@code "pw"}) only on a date whose field is wider than the pad. It is tried on sample dates
 * here instead.
 */
final class DatePatterns {

  /**
   * The first and last days a CV may name, and every day of a leap year and of a common year
   * that starts on another weekday: between them every day of the year and of the month, week
   * number, month and weekday name occurs, and so every width a date's field can print.
   */
  private static final List<LocalDate> SAMPLES = samples();

  private DatePatterns() {}

  /** Null when {@code pattern} formats every sample date in {@code language}; else why not. */
  static String flaw(String pattern, String language) {
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(pattern, locale(language));
    } catch (RuntimeException notAPattern) {
      // IllegalArgumentException, and for some odd patterns ("pQF") a ClassCastException
      return "is not a date pattern";
    }
    for (LocalDate sample : SAMPLES) {
      try {
        formatter.format(sample);
      } catch (DateTimeException needsMore) {
        return "cannot format a date (" + needsMore.getMessage() + ")";
      } catch (RuntimeException broken) {
        return "cannot format a date (" + broken + ")";
      }
    }
    return null;
  }

  private static List<LocalDate> samples() {
    List<LocalDate> samples = new ArrayList<>();
    samples.add(LocalDate.of(1000, 1, 1));
    LocalDate.of(2020, 1, 1).datesUntil(LocalDate.of(2022, 1, 1)).forEach(samples::add);
    samples.add(LocalDate.of(9999, 12, 31));
    return List.copyOf(samples);
  }

  private static Locale locale(String language) {
    try {
      return language == null ? Locale.ROOT : new Locale.Builder().setLanguageTag(language).build();
    } catch (IllformedLocaleException notATag) {
      return Locale.ROOT; // reported as a language problem
    }
  }
}
