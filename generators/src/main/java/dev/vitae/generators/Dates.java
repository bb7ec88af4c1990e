package dev.vitae.generators;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How dates read in one language: "Jun 2025 – Present", "2025年6月 – 至今", from the patterns
 * of {@link Labels}, with month names from the JDK's locale data and durations ("3 years, 10
 * months") from the label table ({@link DurationWords}), or from ICU for a language without
 * one.
 */
public final class Dates {

  private static final String DASH = " \u2013 ";

  /** The dates of each language with its built-in labels, made once per JVM. */
  private static final Map<String, Dates> BUILT_IN = new ConcurrentHashMap<>();

  /** Dates as English reads them, with the built-in labels. */
  public static final Dates ENGLISH = of(Labels.ENGLISH, "en");

  private final Labels labels;
  private final String language;
  private final DateTimeFormatter year;
  private final DateTimeFormatter month;
  private final DateTimeFormatter day;
  /** ICU's, made at the first duration of a language without words of its own. */
  private volatile MeasureFormat durations;

  public Dates(Labels labels, String language) {
    Locale locale = Locale.forLanguageTag(language);
    this.labels = labels;
    this.language = language;
    this.year = DateTimeFormatter.ofPattern(labels.yearFormat(), locale);
    this.month = DateTimeFormatter.ofPattern(labels.monthFormat(), locale);
    this.day = DateTimeFormatter.ofPattern(labels.dayFormat(), locale);
  }

  /**
   * The dates of {@code language} written with {@code labels}: shared when they are the
   * language's built-in ones (all of it is immutable), new for a CV's own patterns.
   */
  public static Dates of(Labels labels, String language) {
    if (!labels.equals(Labels.builtIn(language))) {
      return new Dates(labels, language);
    }
    return BUILT_IN.computeIfAbsent(language, tag -> new Dates(labels, tag));
  }

  /** "2019", "Jun 2019" or "17 Jun 2019", or as the language writes them. */
  public String format(PartialDate date) {
    DateTimeFormatter pattern = date.hasDay() ? day : date.hasMonth() ? month : year;
    return pattern.format(date.firstDay());
  }

  /**
   * "Jun 2019 – Aug 2021", "Jun 2019 – Present", "Jun 2019" (a single date), or "" for no
   * dates. An end without a start (a graduation year) reads as that date alone.
   */
  public String format(DateRange range) {
    if (range == null || range.isEmpty()) {
      return "";
    }
    if (range.start() == null) {
      return range.end() == null ? labels.present() : format(range.end());
    }
    String start = format(range.start());
    if (range.ongoing()) {
      return start + DASH + labels.present();
    }
    return range.end() == null ? start : start + DASH + format(range.end());
  }

  /**
   * How long a finished range lasted, counting both its first and its last month: "3 years,
   * 10 months". Empty for ongoing ranges (their length changes every day, and outputs must not) and
   * for ranges given to the year only.
   */
  public String duration(DateRange range) {
    if (range == null || range.ongoing() || range.start() == null || range.end() == null
        || !range.start().hasMonth() || !range.end().hasMonth()) {
      return "";
    }
    LocalDate start = range.start().firstDay();
    LocalDate end = range.end().firstDay();
    int months = (end.getYear() - start.getYear()) * 12
        + end.getMonthValue() - start.getMonthValue() + 1;
    if (months <= 0) {
      return "";
    }
    Optional<DurationWords> words = DurationWords.of(language);
    if (words.isPresent()) {
      return words.get().format(months / 12, months % 12);
    }
    List<Measure> parts = new ArrayList<>();
    if (months >= 12) {
      parts.add(new Measure(months / 12, MeasureUnit.YEAR));
    }
    if (months % 12 != 0) {
      parts.add(new Measure(months % 12, MeasureUnit.MONTH));
    }
    return durations().formatMeasures(parts.toArray(Measure[]::new));
  }

  /** Immutable and thread-safe once made; two threads may both make it, to the same effect. */
  private MeasureFormat durations() {
    MeasureFormat format = durations;
    if (format == null) {
      // Units in full: the short ones are cryptic in some languages ("2 a y 7 m." in Spanish).
      format = MeasureFormat.getInstance(ULocale.forLanguageTag(language),
          MeasureFormat.FormatWidth.WIDE);
      durations = format;
    }
    return format;
  }
}
