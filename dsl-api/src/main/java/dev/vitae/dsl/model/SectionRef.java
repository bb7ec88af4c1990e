package dev.vitae.dsl.model;

import java.util.Objects;

/**
 * One section of a CV: a standard kind ({@code work}), or the custom section at {@code index}
 * of {@link Resume#sections()}. {@link Resume#order()} lists these in the author's order.
 *
 * @param index the custom section's position; {@link #NO_INDEX} for a standard kind
 */
public record SectionRef(SectionKind kind, int index) {

  public static final int NO_INDEX = -1;

  public SectionRef {
    Objects.requireNonNull(kind, "kind");
    if ((kind == SectionKind.CUSTOM) != (index >= 0)) {
      throw new IllegalArgumentException("a custom section has an index, a standard one none: "
          + kind + " " + index);
    }
  }

  /** The section of a standard kind. */
  public static SectionRef of(SectionKind kind) {
    return new SectionRef(kind, NO_INDEX);
  }

  /** Custom section {@code index}. */
  public static SectionRef custom(int index) {
    return new SectionRef(SectionKind.CUSTOM, index);
  }

  public boolean isCustom() {
    return kind == SectionKind.CUSTOM;
  }

  /** {@code work}, or {@code sections[0]} for the first custom section. */
  @Override
  public String toString() {
    return isCustom() ? kind.key() + "[" + index + "]" : kind.key();
  }
}
