package dev.vitae.dsl.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * A calendar date known to the year, the month or the day, as CVs write them ("2019",
 * "2019-05", "2019-05-17"). A month or day of 0 in the record means "not given": a date is
 * made by the factory of its precision ({@code of(2019, 5)} for a month). A 0 written where a
 * month or day is asked for ({@code of(2019, 5, 0)}) is no month or day, and is kept as such
 * for the checks to report, rather than read as "not given".
 *
 * <p>The record holds what the author wrote, real or not; {@link #whyNotReal()} says what is
 * wrong with a date like 2021-13 or 2021-04-31, so that the checks can report it at its source
 * instead of the builder throwing half-way.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  /** A month or day written as 0, which no calendar has (kept apart from "not given"). */
  private static final int WRITTEN_ZERO = Integer.MIN_VALUE;

  public static PartialDate of(int year) {
    return new PartialDate(year, 0, 0);
  }

  public static PartialDate of(int year, int month) {
    return new PartialDate(year, written(month), 0);
  }

  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(year, written(month), written(day));
  }

  public static PartialDate of(int year, Month month) {
    return new PartialDate(year, month.getValue(), 0);
  }

  public static PartialDate of(int year, Month month, int day) {
    return new PartialDate(year, month.getValue(), written(day));
  }

  private static int written(int part) {
    return part == 0 ? WRITTEN_ZERO : part;
  }

  public boolean hasMonth() {
    return month != 0;
  }

  public boolean hasDay() {
    return day != 0;
  }

  /** Empty for a real date; otherwise which part is wrong, and why. */
  public Optional<Flaw> whyNotReal() {
    if (year < 1000 || year > 9999) {
      return Optional.of(new Flaw("year", "the year must have four digits"));
    }
    if (month == 0) {
      return day == 0
          ? Optional.empty()
          : Optional.of(new Flaw("day", "a day needs a month"));
    }
    if (month == WRITTEN_ZERO) {
      return Optional.of(new Flaw("month", "there is no month 0; for the year alone, leave"
          + " the month out"));
    }
    if (month < 1 || month > 12) {
      return Optional.of(new Flaw("month", "the month must be 1 to 12"));
    }
    if (day == 0) {
      return Optional.empty();
    }
    if (day == WRITTEN_ZERO) {
      return Optional.of(new Flaw("day", "there is no day 0; for the month alone, leave the"
          + " day out"));
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      return Optional.of(new Flaw("day", Month.of(month).getDisplayName(
          java.time.format.TextStyle.FULL, Locale.ENGLISH)
          + " " + year + " has " + yearMonth.lengthOfMonth() + " days"));
    }
    return Optional.empty();
  }

  /** The first day this date can mean: 2019 is 2019-01-01, 2019-05 is 2019-05-01. */
  public LocalDate firstDay() {
    try {
      return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    } catch (DateTimeException notReal) {
      throw new IllegalStateException(this + " is not a real date", notReal);
    }
  }

  /**
   * Orders dates at the precision both have: 2021 and 2021-02 compare equal, because "2021"
   * may well mean February.
   */
  @Override
  public int compareTo(PartialDate other) {
    int byYear = Integer.compare(year, other.year);
    if (byYear != 0 || !hasMonth() || !other.hasMonth()) {
      return byYear;
    }
    int byMonth = Integer.compare(month, other.month);
    if (byMonth != 0 || !hasDay() || !other.hasDay()) {
      return byMonth;
    }
    return Integer.compare(day, other.day);
  }

  /**
   * ISO 8601 at the precision given, in ASCII digits whatever the JVM's locale: {@code 2019},
   * {@code 2019-05} or {@code 2019-05-17}. Every output writes dates for machines this way.
   */
  public String toIso() {
    StringBuilder iso = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
    if (hasMonth() || hasDay()) {
      iso.append(String.format(Locale.ROOT, "-%02d", month == WRITTEN_ZERO ? 0 : month));
    }
    if (hasDay()) {
      iso.append(String.format(Locale.ROOT, "-%02d", day == WRITTEN_ZERO ? 0 : day));
    }
    return iso.toString();
  }

  /** The same as {@link #toIso()}. */
  @Override
  public String toString() {
    return toIso();
  }

  /** What is wrong with a date: the part ({@code year}, {@code month}, {@code day}) and why. */
  public record Flaw(String part, String reason) {}
}
