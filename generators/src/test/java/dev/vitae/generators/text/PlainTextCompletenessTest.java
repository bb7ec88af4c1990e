package dev.vitae.generators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.Dates;
import dev.vitae.generators.ModelLeaves;
import dev.vitae.generators.ModelLeaves.Leaf;
import dev.vitae.generators.SampleCvs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No field of the model is dropped: every leaf value of the complete CV appears in the text,
 * addresses written out in full. Wrapping only moves spaces, so values are looked for with
 * white space taken out of both.
 */
class PlainTextCompletenessTest {

  private final String text = new PlainTextGenerator().render(SampleCvs.complete());
  private final String flat = withoutSpaces(text);

  @Test
  void everyLeafOfTheCompleteCvAppears() {
    List<Leaf> leaves = ModelLeaves.of(SampleCvs.complete());
    List<String> missing = new ArrayList<>();
    for (Leaf leaf : leaves) {
      String shown = shown(leaf.value());
      if (!flat.contains(withoutSpaces(shown))) {
        missing.add(leaf.path() + ": \"" + shown + "\"");
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(leaves.size() > 80, "the walk reached only " + leaves.size() + " values");
  }

  @Test
  void linksAreWrittenOutAfterTheirText() {
    assertTrue(text.contains("See my blog\n(https://blog.example.com)."), text);
    assertTrue(text.contains("Chris Riccomini (https://cnr.sh/)"), text);
    assertTrue(text.contains("GitHub: janedoe (https://github.com/janedoe)"), text);
  }

  /** How the text shows a value: a text without its markup, a date in English words. */
  private static String shown(Object value) {
    if (value instanceof Text textValue) {
      return withoutMarkup(textValue.value());
    } else if (value instanceof PartialDate date) {
      return Dates.ENGLISH.format(date);
    } else if (value instanceof DateRange range) {
      return Dates.ENGLISH.format(range);
    }
    return String.valueOf(value);
  }

  /** The sample's markup, read independently of the generator: **b**, *i*, `c`, [t](u). */
  private static String withoutMarkup(String text) {
    return text.replaceAll("\\[([^]]*)]\\(([^)]*)\\)", "$1 ($2)").replace("**", "")
        .replace("*", "").replace("`", "");
  }

  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }
}
