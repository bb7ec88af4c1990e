package dev.vitae.dsl;

/**
 * One variant of a CV, declared by the author's own enum:
 * <pre>{@code
 * enum Track implements Variant { INDUSTRY, ACADEMIC }
 *
 * Vitae.cv().variants(Track.values())
 *     .work(w -> w.only(INDUSTRY).name("Zalando SE") ...)
 * }</pre>
 * Each variant gets its own outputs, in a folder named after the constant ({@code industry/}).
 * An enum needs to implement nothing: {@link Enum#name()} is all a variant has.
 */
public interface Variant {

  /** The constant's name: {@code INDUSTRY}. */
  String name();

  /** The binary name of the type that declares the variant: {@code me.Jane$Track}. */
  default String family() {
    return this instanceof Enum<?> constant ? constant.getDeclaringClass().getName()
        : getClass().getName();
  }
}
