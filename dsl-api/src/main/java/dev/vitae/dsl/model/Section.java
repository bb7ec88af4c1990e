package dev.vitae.dsl.model;

import java.util.List;

/**
 * A titled section for what JSON Resume has no section for: patents, talks, teaching,
 * open-source work, competitions, blogs. An optional {@code summary} introduces it; then come
 * its entries, and a table ({@code columns} headings over {@code rows} of cells), each
 * optional.
 */
public record Section(
    Text title, Text summary, List<Entry> entries, List<Text> columns, List<List<Text>> rows) {

  public Section {
    entries = List.copyOf(entries);
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
