package dev.vitae.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference date: the option, else SOURCE_DATE_EPOCH, else none; never the clock. */
class BuildOptionsTest {

  @Test
  void theOptionGivesTheReferenceMonth() {
    assertEquals(YearMonth.of(2026, 11),
        BuildOptions.of(Map.of("vitae.today", "2026-11"), Map.of()).checks().today());
    assertEquals(YearMonth.of(2026, 11),
        BuildOptions.of(Map.of("vitae.today", "2026-11-30"), Map.of()).checks().today());
  }

  @Test
  void sourceDateEpochIsReadInUtcWhenThereIsNoOption() {
    // 1764547199 is 2025-11-30T23:59:59Z; 1764547200 is 2025-12-01T00:00:00Z
    assertEquals(YearMonth.of(2025, 11), BuildOptions.of(Map.of(),
        Map.of("SOURCE_DATE_EPOCH", "1764547199")).checks().today());
    assertEquals(YearMonth.of(2025, 12), BuildOptions.of(Map.of(),
        Map.of("SOURCE_DATE_EPOCH", "1764547200")).checks().today());
    assertEquals(YearMonth.of(2020, 1), BuildOptions.of(Map.of("vitae.today", "2020-01"),
        Map.of("SOURCE_DATE_EPOCH", "1764547200")).checks().today());
  }

  @Test
  void withNeitherThereIsNoReferenceDate() {
    assertNull(BuildOptions.of(Map.of(), Map.of()).checks().today());
    BuildOptions wrong = BuildOptions.of(Map.of(), Map.of("SOURCE_DATE_EPOCH", "yesterday"));
    assertNull(wrong.checks().today());
    assertEquals(List.of("SOURCE_DATE_EPOCH=yesterday is not a number of seconds; no reference"
        + " date is used"), wrong.mistakes());
  }

  @Test
  void thresholdsComeFromTheOptions() {
    BuildOptions options = BuildOptions.of(Map.of("vitae.maxGap", "12",
        "vitae.maxOverlap", "3"), Map.of());
    assertEquals(12, options.checks().timeline().maxGap());
    assertEquals(3, options.checks().timeline().maxOverlap());
  }
}
