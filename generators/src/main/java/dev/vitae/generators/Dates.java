package dev.vitae.generators;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** How dates read in LaTeX and HTML: "Jun 2025", "Jun 2025 – Present", "2019". */
public final class Dates {

  private static final String DASH = " \u2013 ";

  private Dates() {}

  /** "2019", "Jun 2019" or "17 Jun 2019". */
  public static String format(PartialDate date) {
    if (!date.hasMonth()) {
      return Integer.toString(date.year());
    }
    String month = Month.of(date.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    String monthYear = month + " " + date.year();
    return date.hasDay() ? date.day() + " " + monthYear : monthYear;
  }

  /** "Jun 2019 – Aug 2021", "Jun 2019 – Present", "Jun 2019", or "" for no dates. */
  public static String format(DateRange range) {
    if (range == null || range.isEmpty()) {
      return "";
    }
    String start = range.start() == null ? "" : format(range.start());
    if (range.ongoing()) {
      return start + DASH + Labels.ENGLISH.present();
    }
    if (range.end() == null) {
      return start;
    }
    return start + DASH + format(range.end());
  }
}
