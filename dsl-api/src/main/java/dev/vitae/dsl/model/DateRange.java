package dev.vitae.dsl.model;

/**
 * When an entry happened: a single date (only {@code start}), a closed range, or an ongoing
 * range ({@code ongoing}, rendered "Present"). Any part may be absent (null) when the author
 * gave no date at all.
 */
public record DateRange(PartialDate start, PartialDate end, boolean ongoing) {

  public static final DateRange NONE = new DateRange(null, null, false);

  public boolean isEmpty() {
    return start == null && end == null && !ongoing;
  }

  /** True when the range is one point in time: a start and neither end nor "present". */
  public boolean isSingleDate() {
    return start != null && end == null && !ongoing;
  }
}
