package dev.vitae.generators.html;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.generators.Dates;
import java.util.Locale;

/**
 * Dates as {@code <time datetime="2021-02">Feb 2021</time>}. {@link Dates} decides the words;
 * this class only marks which parts of them are dates, so machines read the ISO form.
 */
final class TimeElements {

  private TimeElements() {}

  static String of(PartialDate date, Dates dates) {
    return "<time datetime=\"" + iso(date) + "\">" + InlineHtml.escape(dates.format(date))
        + "</time>";
  }

  /**
   * "Feb 2021 – Present" with each date in its own element. A range whose wording does not
   * begin and end with its dates (some future language) keeps its text and loses only the
   * markup.
   */
  static String of(DateRange range, Dates dates) {
    String words = dates.format(range);
    String before = range.start() == null ? "" : dates.format(range.start());
    String after = range.end() == null ? "" : dates.format(range.end());
    if (!words.startsWith(before) || !words.endsWith(after)
        || before.length() + after.length() > words.length()) {
      return InlineHtml.escape(words);
    }
    String between = words.substring(before.length(), words.length() - after.length());
    return (range.start() == null ? "" : of(range.start(), dates))
        + InlineHtml.escape(between)
        + (range.end() == null ? "" : of(range.end(), dates));
  }

  /**
   * {@code 2019}, {@code 2019-05} or {@code 2019-05-17} in ASCII digits. Not
   * {@code PartialDate.toString()}: its digits follow the JVM's default locale.
   */
  static String iso(PartialDate date) {
    StringBuilder iso = new StringBuilder(String.format(Locale.ROOT, "%04d", date.year()));
    if (date.hasMonth()) {
      iso.append(String.format(Locale.ROOT, "-%02d", date.month()));
    }
    if (date.hasDay()) {
      iso.append(String.format(Locale.ROOT, "-%02d", date.day()));
    }
    return iso.toString();
  }
}
