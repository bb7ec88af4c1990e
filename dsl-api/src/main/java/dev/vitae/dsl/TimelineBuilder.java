package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Timeline;
import dev.vitae.dsl.model.SectionKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * A CV's own timeline settings, which take precedence over the build's:
 * <pre>{@code
 * .timeline(t -> t.maxGap(12).maxOverlap(3).ignore(SectionKind.EDUCATION))
 * }</pre>
 * What is not set here comes from the build (the processor options) or the defaults.
 */
public final class TimelineBuilder extends Builder {

  private Integer maxGap;
  private Integer maxOverlap;
  private final Set<SectionKind> ignored = EnumSet.noneOf(SectionKind.class);
  private final Set<SectionKind> counted = EnumSet.noneOf(SectionKind.class);

  TimelineBuilder(Path path) {
    super(path);
  }

  /** Reports gaps between entries only when they last more than {@code months} months. */
  public TimelineBuilder maxGap(int months) {
    requireMonths(months);
    this.maxGap = months;
    return this;
  }

  /** Reports two full-time entries only when they overlap by more than {@code months}. */
  public TimelineBuilder maxOverlap(int months) {
    requireMonths(months);
    this.maxOverlap = months;
    return this;
  }

  /** Leaves the entries of {@code kinds} out of the analysis: studies that were part-time. */
  public TimelineBuilder ignore(SectionKind... kinds) {
    for (SectionKind kind : kinds) {
      ignored.add(kind);
      counted.remove(kind);
    }
    return this;
  }

  /**
   * Lets the entries of {@code kinds} fill the time between jobs (volunteering, projects),
   * though they are never checked for overlaps.
   */
  public TimelineBuilder count(SectionKind... kinds) {
    for (SectionKind kind : kinds) {
      counted.add(kind);
      ignored.remove(kind);
    }
    return this;
  }

  /** These settings over {@code base}: what is set here wins. */
  Timeline over(Timeline base) {
    Set<SectionKind> gaps = EnumSet.noneOf(SectionKind.class);
    gaps.addAll(base.gaps());
    gaps.addAll(counted);
    gaps.removeAll(ignored);
    Set<SectionKind> overlaps = EnumSet.noneOf(SectionKind.class);
    overlaps.addAll(base.overlaps());
    overlaps.removeAll(ignored);
    return new Timeline(maxGap == null ? base.maxGap() : maxGap,
        maxOverlap == null ? base.maxOverlap() : maxOverlap, gaps, overlaps);
  }

  @Override
  Timeline toModel() {
    return over(Timeline.DEFAULT);
  }

  private static void requireMonths(int months) {
    if (months < 0) {
      throw new IllegalArgumentException("a number of months cannot be negative: " + months);
    }
  }
}
