package dev.vitae.dsl.model;

import java.util.List;

/**
 * A degree or course of study. Beyond JSON Resume, an education entry may carry a location, a
 * summary and highlights (a thesis, research topics), which the JSON output keeps as
 * additional properties.
 */
public record Education(
    Text institution,
    String url,
    Text area,
    Text studyType,
    Text location,
    DateRange dates,
    Text score,
    List<Text> courses,
    Text summary,
    List<Highlight> highlights) {

  public Education {
    courses = List.copyOf(courses);
    highlights = List.copyOf(highlights);
  }
}
