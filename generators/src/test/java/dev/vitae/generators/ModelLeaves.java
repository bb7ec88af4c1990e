package dev.vitae.generators;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every value a CV holds, found by walking the model's records reflectively, each with its
 * path, so a field added to the model later is walked too. Texts, dates and date ranges come
 * whole; the layout ({@link Layout}) is left out. A value of a kind the walk does not know
 * fails the test: the walk, and the formats, must then learn it.
 */
public final class ModelLeaves {

  /** Stands in for the characters of a matched occurrence: no expected text holds it. */
  private static final char USED = '\u0000';

  /** One value and where it sits, as in {@code work[0].highlights[1].text}. */
  public record Leaf(String path, Object value) {}

  /** A piece of text an output must hold for the value at {@code path}. */
  public record Expected(String path, String text) {}

  private ModelLeaves() {}

  /**
   * The expected texts {@code output} does not hold, each found by its own occurrence: two
   * leaves "2018" need "2018" twice, and a "DE" found inside a longer expected text (or
   * inside another "DE" already matched) does not count. Longer texts are matched first,
   * each at its first free occurrence, which is then used up.
   */
  public static List<String> unmatched(List<Expected> expected, String output) {
    List<Expected> longestFirst = new ArrayList<>(expected);
    longestFirst.sort(Comparator.comparingInt((Expected e) -> e.text().length()).reversed());
    StringBuilder free = new StringBuilder(output);
    List<String> unmatched = new ArrayList<>();
    for (Expected each : longestFirst) {
      if (each.text().isEmpty()) {
        continue; // nothing to see, nothing to use up
      }
      int at = free.indexOf(each.text());
      if (at < 0) {
        unmatched.add(each.path() + ": \"" + each.text() + "\"");
      } else {
        for (int i = at; i < at + each.text().length(); i++) {
          free.setCharAt(i, USED);
        }
      }
    }
    Collections.sort(unmatched);
    return unmatched;
  }

  public static List<Leaf> of(Record cv) {
    List<Leaf> leaves = new ArrayList<>();
    walk("cv", cv, leaves);
    return leaves;
  }

  private static void walk(String path, Object value, List<Leaf> leaves) {
    if (value == null) {
      return;
    }
    if (value instanceof String || value instanceof Text || value instanceof DateRange
        || value instanceof PartialDate || value instanceof Boolean) {
      leaves.add(new Leaf(path, value));
    } else if (value instanceof List<?> list) {
      for (int index = 0; index < list.size(); index++) {
        walk(path + "[" + index + "]", list.get(index), leaves);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, entry) -> walk(path + "[" + key + "]", entry, leaves));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (Layout.isLayout(component)) {
          continue;
        }
        try {
          walk(path + "." + component.getName(), component.getAccessor().invoke(record), leaves);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    } else {
      throw new IllegalArgumentException(path + " holds a " + value.getClass()
          + ", which the walk does not know: teach it, so no field goes untested");
    }
  }
}
