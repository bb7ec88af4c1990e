package dev.vitae.generators;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The durations tables say what ICU says: every length from a month to 99 years and 11
 * months, in every language with a table, is the same text either way, so a CV's bytes do not
 * depend on which of the two wrote its durations.
 */
class DurationWordsTest {

  private static final List<String> LANGUAGES = List.of(
      "de", "en", "es", "fr", "ja", "ko", "pt-BR", "ru", "zh-Hans", "zh-Hant");

  @TestFactory
  Stream<DynamicTest> everyLengthReadsAsIcuWritesIt() {
    return LANGUAGES.stream().map(language -> DynamicTest.dynamicTest(language, () -> {
      DurationWords words = DurationWords.of(language).orElseThrow();
      MeasureFormat icu = MeasureFormat.getInstance(ULocale.forLanguageTag(language),
          MeasureFormat.FormatWidth.WIDE);
      List<String> differences = new ArrayList<>();
      for (int months = 1; months < 100 * 12; months++) {
        List<Measure> parts = new ArrayList<>();
        if (months >= 12) {
          parts.add(new Measure(months / 12, MeasureUnit.YEAR));
        }
        if (months % 12 != 0) {
          parts.add(new Measure(months % 12, MeasureUnit.MONTH));
        }
        String expected = icu.formatMeasures(parts.toArray(Measure[]::new));
        String actual = words.format(months / 12, months % 12);
        if (!expected.equals(actual)) {
          differences.add(months + " months: ICU \"" + expected + "\", table \"" + actual + "\"");
        }
      }
      assertEquals(List.of(), differences);
    }));
  }

  @Test
  void everyLanguageWithLabelsHasDurationsAndNoOtherDoes() {
    assertAll(LANGUAGES.stream().map(language -> () -> {
      assertTrue(Labels.hasBuiltIn(language), language);
      assertTrue(DurationWords.of(language).isPresent(), language);
    }));
    assertTrue(DurationWords.of("it").isEmpty(), "Italian comes from ICU");
    assertTrue(DurationWords.of("de-CH").isEmpty(), "a region's words may differ: ICU's");
  }
}
