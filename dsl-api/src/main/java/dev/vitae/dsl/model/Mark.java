package dev.vitae.dsl.model;

import java.util.List;

/**
 * Says in which of a CV's outputs a part of it appears: only in some variants, only in the
 * private outputs, or (for a name) the same in every language.
 *
 * @param kind what the mark says
 * @param variants for {@link Kind#ONLY}, the variants the part belongs to; else empty
 */
public record Mark(Kind kind, List<VariantKey> variants) implements TextOption {

  /** The part appears in the private outputs only. */
  public static final Mark PRIVATE = new Mark(Kind.PRIVATE, List.of());
  /** The text is written the same in every language of the CV. */
  public static final Mark SAME_IN_EVERY_LANGUAGE =
      new Mark(Kind.SAME_IN_EVERY_LANGUAGE, List.of());

  public Mark {
    variants = List.copyOf(variants);
  }

  /** The part appears in these variants only. */
  public static Mark only(List<VariantKey> variants) {
    return new Mark(Kind.ONLY, variants);
  }

  /** What a mark says. */
  public enum Kind {
    /** In the listed variants only. */
    ONLY,
    /** In the private outputs only: never in the public ones. */
    PRIVATE,
    /** A text that needs no translation: a name, an employer, a product. */
    SAME_IN_EVERY_LANGUAGE
  }
}
