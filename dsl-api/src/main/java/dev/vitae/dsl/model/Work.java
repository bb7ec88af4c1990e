package dev.vitae.dsl.model;

import java.util.List;

/** A job: {@code name} is the employer. */
public record Work(
    Text name,
    Text location,
    Text description,
    Text position,
    String url,
    DateRange dates,
    Text summary,
    List<Highlight> highlights) {

  public Work {
    highlights = List.copyOf(highlights);
  }
}
