package dev.vitae.dsl;

/**
 * A part of a CV that some variants, or the public outputs, leave out with all it holds: an
 * entry, a custom section, a bullet, a profile. Vitae's builders of such parts implement it:
 * <pre>{@code
 * .work(w -> w.only(ACADEMIC).name("TU Berlin"))
 * .reference(r -> r.privately().name("Prof. Anna Roth"))
 * }</pre>
 *
 * @param <B> the builder, which each call returns for the next
 */
public interface Tailorable<B extends Tailorable<B>> {

  /**
   * In the outputs of these variants only: this part and all it holds. A variant the CV does
   * not declare is an error.
   */
  default B only(Variant... variants) {
    return Builder.markWhole(this, "only", Marks.only(variants));
  }

  /** In the private outputs only, never in the public ones: this part and all it holds. */
  default B privately() {
    return Builder.markWhole(this, "privately", Marks.privately());
  }
}
