package dev.vitae.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.generators.ModelLeaves.Expected;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The completeness tests count each value by an occurrence of its own. */
class ModelLeavesTest {

  @Test
  void twoEqualValuesNeedTwoOccurrences() {
    List<Expected> expected = List.of(new Expected("a.start", "2018"),
        new Expected("b.start", "2018"));
    assertEquals(List.of("b.start: \"2018\""), ModelLeaves.unmatched(expected, "Jan 2018"));
    assertEquals(List.of(), ModelLeaves.unmatched(expected, "Jan 2018 – Mar 2018"));
  }

  @Test
  void aShortValueInsideALongerOneDoesNotCount() {
    List<Expected> expected = List.of(new Expected("location.countryCode", "DE"),
        new Expected("work.name", "DESY"));
    assertEquals(List.of("location.countryCode: \"DE\""),
        ModelLeaves.unmatched(expected, "Hamburg, DESY"));
    assertEquals(List.of(), ModelLeaves.unmatched(expected, "Hamburg, DE; DESY"));
  }
}
