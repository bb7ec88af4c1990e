package dev.vitae.importer;

import dev.vitae.dsl.model.PartialDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON Resume dates: {@code 2019}, {@code 2019-05} or {@code 2019-05-17}. A month or day
 * written with one digit, as in {@code 2021-6} or {@code 2021-6-1}, means the same date: many
 * hand-written documents have them, and dropping the date would lose what the author meant.
 */
final class PartialDates {

  private static final Pattern ISO = Pattern.compile("([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?");

  private PartialDates() {}

  /**
   * The date {@code text} writes, real or not (2013-13 is kept, for Vitae's checks to report);
   * empty when it is no date at all, or names month or day 0 or 00, which Vitae reads as "not given".
   */
  static Optional<PartialDate> parse(String text) {
    Matcher date = ISO.matcher(text);
    if (!date.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(date.group(1));
    int month = date.group(2) == null ? 0 : Integer.parseInt(date.group(2));
    int day = date.group(3) == null ? 0 : Integer.parseInt(date.group(3));
    boolean zeroPart = (date.group(2) != null && month == 0) || (date.group(3) != null && day == 0);
    if (zeroPart) {
      return Optional.empty();
    }
    // the factory of the precision written: of(y, m, 0) would be a day 0, which no month has
    return Optional.of(date.group(3) != null ? PartialDate.of(year, month, day)
        : date.group(2) != null ? PartialDate.of(year, month) : PartialDate.of(year));
  }
}
