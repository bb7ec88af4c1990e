package dev.vitae.dsl.model;

import java.util.List;

/** One entry of a custom {@link Section}. */
public record Entry(
    Text title,
    Text subtitle,
    Text organization,
    Text location,
    DateRange dates,
    String url,
    Text summary,
    List<Highlight> highlights,
    List<Text> keywords) {

  public Entry {
    highlights = List.copyOf(highlights);
    keywords = List.copyOf(keywords);
  }
}
