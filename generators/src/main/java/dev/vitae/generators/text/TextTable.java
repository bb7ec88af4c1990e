package dev.vitae.generators.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A table in plain text: aligned columns under their headings when the table fits in a line,
 * otherwise one block per row, a "Column: value" line for each cell.
 */
final class TextTable {

  private static final String GAP = "  ";

  private TextTable() {}

  /** The table's lines; {@code columns} and each row as one-line texts, rows of any length. */
  static List<String> lines(List<String> columns, List<List<String>> rows, String language) {
    int count = columns.size();
    for (List<String> row : rows) {
      count = Math.max(count, row.size());
    }
    int[] widths = new int[count];
    for (int i = 0; i < count; i++) {
      widths[i] = Columns.width(cell(columns, i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], Columns.width(cell(row, i)));
      }
    }
    int total = GAP.length() * (count - 1);
    for (int width : widths) {
      total += width;
    }
    return total <= Columns.WIDTH
        ? aligned(columns, rows, widths)
        : blocks(columns, rows, count, language);
  }

  private static List<String> aligned(List<String> columns, List<List<String>> rows,
      int[] widths) {
    List<String> lines = new ArrayList<>();
    if (!String.join("", columns).isEmpty()) {
      lines.add(row(columns, widths));
      List<String> rules = new ArrayList<>();
      for (int width : widths) {
        rules.add("-".repeat(width));
      }
      lines.add(row(rules, widths));
    }
    for (List<String> row : rows) {
      lines.add(row(row, widths));
    }
    return lines;
  }

  private static String row(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      line.append(i == 0 ? "" : GAP).append(Columns.pad(cell(cells, i), widths[i]));
    }
    return line.toString().stripTrailing();
  }

  /** Each row as its own block, blocks separated by a blank line. */
  private static List<String> blocks(List<String> columns, List<List<String>> rows, int count,
      String language) {
    List<String> lines = new ArrayList<>();
    for (List<String> row : rows) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      for (int i = 0; i < count; i++) {
        String heading = cell(columns, i);
        String value = cell(row, i);
        if (!value.isEmpty()) {
          lines.addAll(Columns.wrap(heading.isEmpty() ? value : heading + ": " + value,
              language, "", "  "));
        }
      }
    }
    return lines;
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() ? cells.get(index) : "";
  }
}
