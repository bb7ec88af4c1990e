package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import java.time.Month;

/**
 * An entry that happened over time: {@code .start(2021, FEBRUARY).end(2023, MAY)}, or
 * {@code .start(2023, MAY).ongoing()} for one that goes on ("Present"). A start alone is a
 * single date. Dates may be a year, a year and month, or a full date.
 */
public abstract class PeriodBuilder<B extends PeriodBuilder<B>> extends HighlightsBuilder<B> {

  private PartialDate start;
  private PartialDate end;
  private boolean ongoing;

  PeriodBuilder(Path path) {
    super(path);
  }

  public B start(int year) {
    return start(PartialDate.of(year));
  }

  public B start(int year, int month) {
    return start(PartialDate.of(year, month));
  }

  public B start(int year, Month month) {
    return start(PartialDate.of(year, month));
  }

  public B start(int year, int month, int day) {
    return start(PartialDate.of(year, month, day));
  }

  public B start(int year, Month month, int day) {
    return start(PartialDate.of(year, month, day));
  }

  public B start(PartialDate date) {
    this.start = date;
    return self();
  }

  public B end(int year) {
    return end(PartialDate.of(year));
  }

  public B end(int year, int month) {
    return end(PartialDate.of(year, month));
  }

  public B end(int year, Month month) {
    return end(PartialDate.of(year, month));
  }

  public B end(int year, int month, int day) {
    return end(PartialDate.of(year, month, day));
  }

  public B end(int year, Month month, int day) {
    return end(PartialDate.of(year, month, day));
  }

  public B end(PartialDate date) {
    this.end = date;
    return self();
  }

  /** The entry goes on today; outputs say "Present". */
  public B ongoing() {
    this.ongoing = true;
    return self();
  }

  DateRange dates() {
    return new DateRange(start, end, ongoing);
  }
}
