package dev.vitae.generators.json;

import static org.junit.jupiter.api.Assertions.fail;

import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Translation;
import dev.vitae.generators.Layout;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Every leaf value of a CV model, found by walking record components reflectively, so a field
 * added to the model later is walked too. A value of a kind this walk does not know fails the
 * test: the JSON output must then learn to keep it.
 */
final class ModelLeaves {

  /** String fields, text values, translated values and dates (ISO, as the JSON writes them). */
  final List<String> strings = new ArrayList<>();

  /** The language tag of every translation. */
  final List<String> languages = new ArrayList<>();

  /** How many date ranges are ongoing. */
  int ongoing;

  static ModelLeaves of(Record model) {
    ModelLeaves leaves = new ModelLeaves();
    leaves.walk(model, "cv");
    return leaves;
  }

  private void walk(Object value, String where) {
    if (value == null) {
      return;
    }
    if (value instanceof String string) {
      strings.add(string);
    } else if (value instanceof PartialDate date) {
      strings.add(date.toString());
    } else if (value instanceof Translation translation) {
      languages.add(translation.language());
      strings.add(translation.value());
    } else if (value instanceof Boolean flag && where.endsWith(".ongoing")) {
      ongoing += flag ? 1 : 0;
    } else if (value instanceof List<?> list) {
      for (int index = 0; index < list.size(); index++) {
        walk(list.get(index), where + "[" + index + "]");
      }
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (!Layout.isLayout(component)) {
          walk(read(component, record), where + "." + component.getName());
        }
      }
    } else {
      fail(where + " holds a " + value.getClass().getName() + ", which this walk does not know");
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read " + component, e);
    }
  }
}
