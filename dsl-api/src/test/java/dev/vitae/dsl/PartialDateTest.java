package dev.vitae.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.PartialDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void printsIsoAtItsPrecision() {
    assertEquals("2019", PartialDate.of(2019).toString());
    assertEquals("2019-05", PartialDate.of(2019, 5).toString());
    assertEquals("2019-05-07", PartialDate.of(2019, 5, 7).toString());
  }

  @Test
  void knowsWhichPartIsNotReal() {
    assertEquals("month", PartialDate.of(2021, 13).whyNotReal().orElseThrow().part());
    assertEquals("day", PartialDate.of(2021, 4, 31).whyNotReal().orElseThrow().part());
    assertEquals("day", PartialDate.of(2023, 2, 29).whyNotReal().orElseThrow().part());
    assertEquals("year", PartialDate.of(21, 4).whyNotReal().orElseThrow().part());
    assertTrue(PartialDate.of(2024, 2, 29).whyNotReal().isEmpty());
  }

  @Test
  void comparesAtThePrecisionBothHave() {
    assertEquals(0, PartialDate.of(2021).compareTo(PartialDate.of(2021, 2)));
    assertTrue(PartialDate.of(2021, 1).compareTo(PartialDate.of(2021, 2)) < 0);
    assertEquals(0, PartialDate.of(2021, 2).compareTo(PartialDate.of(2021, 2, 14)));
    assertTrue(PartialDate.of(2021, 2, 15).compareTo(PartialDate.of(2021, 2, 14)) > 0);
  }
}
