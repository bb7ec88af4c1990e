package dev.vitae.dsl.model;

import java.util.Objects;

/** The same text in another language, named by its BCP 47 tag ({@code zh-Hans}, {@code de}). */
public record Translation(String language, String value) implements TextOption {

  public Translation {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(value, "value");
  }

  public static Translation of(String language, String value) {
    return new Translation(language, value);
  }
}
