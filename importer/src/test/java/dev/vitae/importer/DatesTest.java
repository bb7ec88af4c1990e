package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON Resume dates become typed calls, and a start without an end goes on. */
class DatesTest {

  @Test
  void eachPrecisionBecomesItsCall() {
    String source = toJava("""
        {"work": [
          {"name": "A", "startDate": "2019", "endDate": "2020-02"},
          {"name": "B", "startDate": "2020-02-03", "endDate": "2021-12-31"}
        ]}""");
    assertTrue(source.contains(".start(2019).end(2020, FEBRUARY))"), source);
    assertTrue(source.contains(".start(2020, FEBRUARY, 3)"), source);
    assertTrue(source.contains(".end(2021, DECEMBER, 31)"), source);
    assertTrue(source.contains("import static java.time.Month.DECEMBER;\n"
        + "import static java.time.Month.FEBRUARY;\n"), source);
  }

  @Test
  void singleDatesOfAwardsCertificatesAndPublications() {
    String source = toJava("""
        {
          "awards": [{"title": "Best Paper", "date": "2021-09-08"}],
          "certificates": [{"name": "CKA", "date": "2020-08"}],
          "publications": [{"name": "Paper", "releaseDate": "2014"}]
        }""");
    assertTrue(source.contains(".date(2021, SEPTEMBER, 8)"), source);
    assertTrue(source.contains(".date(2020, AUGUST)"), source);
    assertTrue(source.contains(".date(2014)"), source);
  }

  @Test
  void aStartWithoutAnEndGoesOnInPlainJsonResume() {
    String source = toJava("""
        {
          "work": [{"name": "A", "startDate": "2021-02"}],
          "volunteer": [{"organization": "B", "startDate": "2020"}],
          "education": [{"institution": "C", "startDate": "2019"}, {"institution": "D",
              "endDate": "2018"}],
          "projects": [{"name": "E", "startDate": "2025"}]
        }""");
    assertEquals(4, source.split("\\.ongoing\\(\\)", -1).length - 1, source);
    assertTrue(source.contains(".education(e -> e.institution(\"D\").end(2018))"), source);
  }

  @Test
  void withVitaesExtensionOnlyTheEntriesItNamesGoOn() {
    String source = toJava("""
        {
          "work": [{"name": "A", "startDate": "2021-02"}, {"name": "B", "startDate": "2019"}],
          "x-vitae": {"ongoing": ["/work/0"]}
        }""");
    assertTrue(source.contains(".work(w -> w.name(\"A\").start(2021, FEBRUARY).ongoing())"),
        source);
    assertTrue(source.contains(".work(w -> w.name(\"B\").start(2019))"), source);
  }

  @Test
  void readsWhatIsWrittenAndNothingElse() {
    assertEquals(Optional.of(PartialDate.of(2019)), PartialDates.parse("2019"));
    assertEquals(Optional.of(PartialDate.of(2019, 5)), PartialDates.parse("2019-05"));
    assertEquals(Optional.of(PartialDate.of(2019, 5, 17)), PartialDates.parse("2019-05-17"));
    // Kept as written, for Vitae's checks to report where the source has it.
    assertEquals(Optional.of(PartialDate.of(2013, 13)), PartialDates.parse("2013-13"));
    assertEquals(Optional.of(PartialDate.of(2021, 2, 30)), PartialDates.parse("2021-02-30"));
    // "Not given" in Vitae: it would change the date's meaning.
    assertFalse(PartialDates.parse("2021-0").isPresent());
    assertFalse(PartialDates.parse("2021-00").isPresent());
    assertFalse(PartialDates.parse("2021-05-00").isPresent());
    assertFalse(PartialDates.parse("May 2021").isPresent());
    assertFalse(PartialDates.parse("2021-05-17T10:00:00").isPresent());
    assertFalse(PartialDates.parse("٢٠٢١").isPresent());
  }

  @Test
  void aMonthOrDayOfOneDigitIsTheSameDate() {
    assertEquals(Optional.of(PartialDate.of(2021, 6)), PartialDates.parse("2021-6"));
    assertEquals(Optional.of(PartialDate.of(2021, 6, 1)), PartialDates.parse("2021-6-1"));
    assertEquals(Optional.of(PartialDate.of(2021, 12, 3)), PartialDates.parse("2021-12-3"));
    assertFalse(PartialDates.parse("2021-123").isPresent());
    assertFalse(PartialDates.parse("21-6").isPresent());
    String source = toJava("""
        {"work": [{"name": "A", "startDate": "2021-6", "endDate": "2022-1-15"}]}""");
    assertTrue(source.contains(".start(2021, JUNE).end(2022, JANUARY, 15)"), source);
    assertFalse(source.contains("not a date"), source);
  }

  private static String toJava(String json) {
    return JsonResumeImporter.toJava(json, "test", "Jane", "jane");
  }
}
