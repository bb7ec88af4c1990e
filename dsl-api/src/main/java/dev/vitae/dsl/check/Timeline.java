package dev.vitae.dsl.check;

import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionKind.Occupation;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the timeline analysis looks for: gaps longer than {@code maxGap} months between the
 * entries of the {@code gaps} kinds, and entries of the {@code overlaps} kinds that overlap by
 * more than {@code maxOverlap} months.
 *
 * <p>By default jobs and studies count for gaps (a degree fills the time between two jobs),
 * and only jobs for overlaps (working while studying is normal); {@link SectionKind#occupation()}
 * says which kind is which.
 */
public record Timeline(int maxGap, int maxOverlap, Set<SectionKind> gaps,
    Set<SectionKind> overlaps) {

  /** Gaps over 6 months and overlaps over 1 month, of the kinds the metamodel marks. */
  public static final Timeline DEFAULT = new Timeline(6, 1, kinds(Occupation.STUDY,
      Occupation.FULL_TIME), kinds(Occupation.FULL_TIME));

  public Timeline {
    if (maxGap < 0 || maxOverlap < 0) {
      throw new IllegalArgumentException("a number of months cannot be negative");
    }
    gaps = Set.copyOf(gaps);
    overlaps = Set.copyOf(overlaps);
  }

  public Timeline withMaxGap(int months) {
    return new Timeline(months, maxOverlap, gaps, overlaps);
  }

  public Timeline withMaxOverlap(int months) {
    return new Timeline(maxGap, months, gaps, overlaps);
  }

  private static Set<SectionKind> kinds(Occupation... occupations) {
    Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    for (SectionKind kind : SectionKind.values()) {
      if (Set.of(occupations).contains(kind.occupation())) {
        kinds.add(kind);
      }
    }
    return kinds;
  }
}
