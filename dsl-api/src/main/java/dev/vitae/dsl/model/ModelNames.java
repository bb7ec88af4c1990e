package dev.vitae.dsl.model;

import java.util.Map;

/**
 * How the builders name the model's fields. Problem paths are spelled in builder methods
 * ({@code publication[0].date}), so the processor can find the call that set a value; most
 * record components are set by the method of their own name, and this is the short list of
 * those that are not.
 */
public final class ModelNames {

  /** Components set by a method of another name: lists filled one element per call, and dates. */
  private static final Map<String, String> EXCEPTIONS = Map.of(
      "profiles", "profile",
      "entries", "entry",
      "highlights", "highlight",
      "rows", "row",
      "releaseDate", "date");

  private ModelNames() {}

  /** The builder method that sets, or adds one element to, the component {@code component}. */
  public static String builderMethod(String component) {
    SectionKind kind = SectionKind.byKey(component);
    if (kind != null) {
      return kind.method();
    }
    return EXCEPTIONS.getOrDefault(component, component);
  }
}
