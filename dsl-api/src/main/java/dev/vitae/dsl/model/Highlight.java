package dev.vitae.dsl.model;

import java.util.List;

/** One bullet point, with bullets nested under it to any depth. */
public record Highlight(Text text, List<Highlight> highlights) {

  public Highlight {
    highlights = List.copyOf(highlights);
  }
}
