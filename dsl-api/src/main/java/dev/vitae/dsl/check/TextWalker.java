package dev.vitae.dsl.check;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Meta;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits every {@link Text} of a CV with its path. Reflective on purpose: a text field added
 * to the model is checked for translations without anyone remembering to list it here.
 */
final class TextWalker {

  /** Record lists whose elements the builders add one method call at a time, by that method. */
  private static final Map<String, String> ADDED_ONE_BY_ONE = Map.ofEntries(
      Map.entry("work", "work"), Map.entry("volunteer", "volunteer"),
      Map.entry("education", "education"), Map.entry("awards", "award"),
      Map.entry("certificates", "certificate"), Map.entry("publications", "publication"),
      Map.entry("skills", "skill"), Map.entry("languages", "language"),
      Map.entry("interests", "interest"), Map.entry("references", "reference"),
      Map.entry("projects", "project"), Map.entry("sections", "section"),
      Map.entry("entries", "entry"), Map.entry("profiles", "profile"),
      Map.entry("highlights", "highlight"), Map.entry("rows", "row"));

  private TextWalker() {}

  static void walk(Record record, Path path, BiConsumer<Path, Text> visitor) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = read(component, record);
      String name = component.getName();
      if (value instanceof Text text) {
        visitor.accept(path.then(name), text);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          Object element = list.get(i);
          if (element instanceof Text text) {
            visitor.accept(path.then(name, i), text);
          } else if (element instanceof Record nested) {
            walk(nested, path.then(ADDED_ONE_BY_ONE.getOrDefault(name, name), i), visitor);
          } else if (element instanceof List<?> cells) {
            // a table row: row(cell, cell, ...) sets row[i].cells[j]
            for (int j = 0; j < cells.size(); j++) {
              visitor.accept(path.then(ADDED_ONE_BY_ONE.get(name), i).then("cells", j),
                  (Text) cells.get(j));
            }
          }
        }
      } else if (value instanceof Record nested && !isTextFree(nested)) {
        walk(nested, path.then(name), visitor);
      }
    }
  }

  private static boolean isTextFree(Record record) {
    return record instanceof DateRange || record instanceof Meta
        || record instanceof Localization;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException unreadable) {
      throw new IllegalStateException("cannot read " + component, unreadable);
    }
  }
}
