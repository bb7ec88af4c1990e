package dev.vitae.dsl.model;

import java.util.List;

/** Unpaid work for an organization. */
public record Volunteer(
    Text organization,
    Text position,
    String url,
    DateRange dates,
    Text summary,
    List<Highlight> highlights) {

  public Volunteer {
    highlights = List.copyOf(highlights);
  }
}
