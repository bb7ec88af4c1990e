package dev.vitae.dsl;

import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.VariantKey;
import java.util.Arrays;

/**
 * Marks for a single text or contact detail, to import statically:
 * <pre>{@code
 * import static dev.vitae.dsl.Marks.*;
 * .basics(b -> b.name("Maria Keller", inEveryLanguage())
 *     .phone("+49 30 1234567", privately())
 *     .label("Research Engineer", only(ACADEMIC)))
 * }</pre>
 * Entries, sections and bullets are marked as a whole with {@code only(...)} and
 * {@code privately()} on their builder ({@link Tailorable}).
 */
public final class Marks {

  private Marks() {}

  /** In the outputs of these variants only. */
  public static Mark only(Variant... variants) {
    return Mark.only(Arrays.stream(variants).map(Marks::key).toList());
  }

  /** In the private outputs only: never in the public ones. */
  public static Mark privately() {
    return Mark.PRIVATE;
  }

  /**
   * Written the same in every language of the CV (a person's or a company's name, a product):
   * no translation needed, while every other text still needs its own.
   */
  public static Mark inEveryLanguage() {
    return Mark.SAME_IN_EVERY_LANGUAGE;
  }

  static VariantKey key(Variant variant) {
    return variant == null ? null : new VariantKey(variant.family(), variant.name());
  }
}
