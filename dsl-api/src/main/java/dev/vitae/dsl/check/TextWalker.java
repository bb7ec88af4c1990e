package dev.vitae.dsl.check;

import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Meta;
import dev.vitae.dsl.model.ModelNames;
import dev.vitae.dsl.model.Tailoring;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Visits every {@link Text} of a CV with its path. Reflective on purpose: a text field added
 * to the model is checked for translations without anyone remembering to list it here.
 */
final class TextWalker {

  private TextWalker() {}

  static void walk(Record record, Path path, BiConsumer<Path, Text> visitor) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = Components.read(record, component);
      String name = component.getName();
      if (value instanceof Text text) {
        visitor.accept(path.then(name), text);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          Object element = list.get(i);
          if (element instanceof Text text) {
            visitor.accept(path.then(name, i), text);
          } else if (element instanceof Record nested) {
            walk(nested, path.then(ModelNames.builderMethod(name), i), visitor);
          } else if (element instanceof List<?> cells) {
            // a table row: row(cell, cell, ...) sets row[i].cells[j]
            for (int j = 0; j < cells.size(); j++) {
              visitor.accept(path.then(ModelNames.builderMethod(name), i).then("cells", j),
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
    return record instanceof DateRange || record instanceof Meta || record instanceof Tailoring
        || record instanceof Localization;
  }
}
