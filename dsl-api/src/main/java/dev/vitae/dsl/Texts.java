package dev.vitae.dsl;

import dev.vitae.dsl.model.Text;
import java.util.Arrays;
import java.util.List;

/** Lists of texts, as keywords, courses and roles take them. */
final class Texts {

  private Texts() {}

  static List<Text> of(String... values) {
    return Arrays.stream(values).map(Text::of).toList();
  }
}
