package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.PartialDate;
import java.time.Month;

/** An entry with one date: an award, a certificate, a publication. */
public abstract class DatedBuilder<B extends DatedBuilder<B>> extends Builder
    implements Tailorable<B> {

  private PartialDate date;

  DatedBuilder(Path path) {
    super(path);
  }

  public B date(int year) {
    return date(PartialDate.of(year));
  }

  public B date(int year, int month) {
    return date(PartialDate.of(year, month));
  }

  public B date(int year, Month month) {
    return date(PartialDate.of(year, month));
  }

  public B date(int year, int month, int day) {
    return date(PartialDate.of(year, month, day));
  }

  public B date(int year, Month month, int day) {
    return date(PartialDate.of(year, month, day));
  }

  public B date(PartialDate date) {
    this.date = date;
    return self();
  }

  PartialDate date() {
    return date;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
