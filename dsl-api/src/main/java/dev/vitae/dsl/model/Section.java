package dev.vitae.dsl.model;

import java.util.List;

/**
 * A titled section for what JSON Resume has no section for: patents, talks, teaching,
 * open-source work, competitions, blogs. An optional {@code summary} introduces it.
 */
public record Section(Text title, Text summary, List<Entry> entries) {

  public Section {
    entries = List.copyOf(entries);
  }
}
