package dev.vitae.dsl.tailor;

import dev.vitae.dsl.model.VariantKey;

/**
 * One set of a CV's outputs: one variant (or the CV itself, when it declares none), for the
 * public or for the private outputs.
 *
 * @param variant the variant, or null for a CV without variants
 * @param isPrivate whether the outputs hold the parts marked private
 */
public record Cut(VariantKey variant, boolean isPrivate) {

  /**
   * Where this cut's outputs go inside the CV's folder, ending in a slash unless empty:
   * {@code ""}, {@code "private/"}, {@code "industry/"}, {@code "industry/private/"}.
   */
  public String folder() {
    return (variant == null ? "" : variant.folder() + "/") + (isPrivate ? "private/" : "");
  }

  /**
   * How messages name it: "variant Track.ACADEMIC"; with {@code audience} (a CV with private
   * parts) "the public outputs of variant Track.ACADEMIC", "the private outputs".
   */
  public String describe(boolean audience) {
    String of = variant == null ? "" : "variant " + variant;
    if (!audience) {
      return of;
    }
    String outputs = isPrivate ? "the private outputs" : "the public outputs";
    return variant == null ? outputs : outputs + " of " + of;
  }
}
