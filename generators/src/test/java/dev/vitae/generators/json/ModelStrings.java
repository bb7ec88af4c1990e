package dev.vitae.generators.json;

import static org.junit.jupiter.api.Assertions.fail;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import dev.vitae.generators.ModelLeaves;
import java.util.ArrayList;
import java.util.List;

/** Every value of a CV model as the JSON output must hold it. */
final class ModelStrings {

  /** String fields, text values, translated values and dates (ISO, as the JSON writes them). */
  final List<String> strings = new ArrayList<>();

  /** The language tag of every translation. */
  final List<String> languages = new ArrayList<>();

  /** How many date ranges are ongoing. */
  int ongoing;

  static ModelStrings of(Record model) {
    ModelStrings expected = new ModelStrings();
    for (ModelLeaves.Leaf leaf : ModelLeaves.of(model)) {
      expected.add(leaf);
    }
    return expected;
  }

  private void add(ModelLeaves.Leaf leaf) {
    Object value = leaf.value();
    if (value instanceof String string) {
      strings.add(string);
    } else if (value instanceof PartialDate date) {
      strings.add(date.toString());
    } else if (value instanceof Text text) {
      strings.add(text.value());
      for (Translation translation : text.translations()) {
        languages.add(translation.language());
        strings.add(translation.value());
      }
    } else if (value instanceof DateRange range) {
      for (PartialDate date : new PartialDate[] {range.start(), range.end()}) {
        if (date != null) {
          strings.add(date.toString());
        }
      }
      ongoing += range.ongoing() ? 1 : 0;
    } else {
      fail(leaf.path() + " holds a " + value.getClass().getName()
          + ", which the JSON test does not know");
    }
  }
}
