package dev.vitae.dsl.model;

import java.util.List;

/** A project, with the author's roles in it. */
public record Project(
    Text name,
    Text description,
    List<Highlight> highlights,
    List<Text> keywords,
    DateRange dates,
    String url,
    List<Text> roles,
    Text entity,
    Text type) {

  public Project {
    highlights = List.copyOf(highlights);
    keywords = List.copyOf(keywords);
    roles = List.copyOf(roles);
  }
}
