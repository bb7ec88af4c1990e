package dev.vitae.dsl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatePatternsTest {

  @Test
  void anOrdinaryPatternFormatsEveryDate() {
    assertNull(DatePatterns.flaw("MMMM yyyy", "de"));
    assertNull(DatePatterns.flaw("yyyy年M月", "zh-Hans"));
  }

  @Test
  void aPatternThatDoesNotParseIsNotADatePattern() {
    assertEquals("is not a date pattern", DatePatterns.flaw("yyyy.{M", "en"));
  }

  @Test
  void aPatternAskingForATimeOfDayCannotFormatADate() {
    assertTrue(DatePatterns.flaw("HH:mm", "en").startsWith("cannot format a date"));
  }

  @Test
  void aPadNarrowerThanSomeDatesFieldIsCaughtThoughMostDatesFit() {
    // week 1-9 and the 1st-9th of a month print one digit, later ones two
    assertTrue(DatePatterns.flaw("pw", "en").contains("exceeds pad width of 1"));
    assertTrue(DatePatterns.flaw("pd", "en").contains("exceeds pad width of 1"));
    // the 100th day of the year and later print three digits
    assertTrue(DatePatterns.flaw("ppD", "en").contains("exceeds pad width of 2"));
    assertNull(DatePatterns.flaw("ppw", "en"));
  }
}
