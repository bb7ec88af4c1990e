package dev.vitae.dsl.model;

import java.util.Locale;

/**
 * One variant of a CV, as the model keeps it: the enum constant {@code INDUSTRY} of the type
 * {@code me.Jane$Track} that declares the CV's variants.
 *
 * @param type the binary name of the type that declares the variant
 * @param name the constant's name
 */
public record VariantKey(String type, String name) {

  /** The folder of the variant's outputs: {@code INDUSTRY} writes to {@code industry/}. */
  public String folder() {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** As the author wrote it: {@code Track.INDUSTRY}. */
  @Override
  public String toString() {
    String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    return simple + "." + name;
  }
}
