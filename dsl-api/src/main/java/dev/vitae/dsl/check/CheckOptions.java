package dev.vitae.dsl.check;

import java.time.YearMonth;

/**
 * What one run of the checks depends on besides the CV: the reference date and the timeline
 * settings. The checks never read the clock, so the same CV and options always give the same
 * problems.
 *
 * @param today the build's "present": ongoing entries last until then and dates after it are
 *     in the future; null when the build gives none (then ongoing entries end at the latest
 *     date the timeline mentions, and no date counts as in the future)
 * @param timeline the timeline settings
 */
public record CheckOptions(YearMonth today, Timeline timeline) {

  /** No reference date, the default timeline. */
  public static final CheckOptions DEFAULT = new CheckOptions(null, Timeline.DEFAULT);

  public CheckOptions {
    if (timeline == null) {
      throw new IllegalArgumentException("timeline is null; use Timeline.DEFAULT");
    }
  }

  public CheckOptions withToday(YearMonth month) {
    return new CheckOptions(month, timeline);
  }

  public CheckOptions withTimeline(Timeline other) {
    return new CheckOptions(today, other);
  }
}
