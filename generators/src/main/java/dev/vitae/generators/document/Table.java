package dev.vitae.generators.document;

import java.util.List;

/** A table of a custom section: headings over rows of cells. */
public record Table(List<Inline> columns, List<List<Inline>> rows) {

  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
