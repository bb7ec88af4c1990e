package dev.vitae.dsl.model;

import java.util.List;

/** One bullet point, with bullets nested under it to any depth. */
public record Highlight(Text text, List<Highlight> highlights) {

  /**
   * How deep bullets nest: an entry's bullets are level 1, the bullets under one of them
   * level 2. LaTeX's lists go this deep; deeper bullets are an error.
   */
  public static final int MAX_LEVEL = 12;

  public Highlight {
    highlights = List.copyOf(highlights);
  }
}
