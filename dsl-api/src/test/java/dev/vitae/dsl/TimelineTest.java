package dev.vitae.dsl;

import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.CheckOptions;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.check.Severity;
import dev.vitae.dsl.check.Timeline;
import dev.vitae.dsl.model.SectionKind;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline analysis: gaps and overlaps, partial dates, ongoing entries, the reference date. */
class TimelineTest {

  private static ResumeBuilder jane() {
    return Vitae.cv().basics(b -> b.name("Jane Doe"));
  }

  private static List<String> timeline(ResumeBuilder cv) {
    return timeline(cv, CheckOptions.DEFAULT);
  }

  private static List<String> timeline(ResumeBuilder cv, CheckOptions options) {
    return cv.check(options).stream()
        .filter(p -> p.check() == Check.GAP || p.check() == Check.OVERLAP)
        .map(Problem::toString).toList();
  }

  @Test
  void aThreeYearGapBetweenJobsIsAWarningAtTheStartOfTheNextJob() {
    List<Problem> problems = jane()
        .work(w -> w.name("A").start(2015, MARCH).end(2019, JUNE))
        .work(w -> w.name("B").start(2022, JULY).end(2024, JANUARY))
        .check();
    assertEquals(1, problems.size());
    Problem gap = problems.get(0);
    assertEquals(Severity.WARNING, gap.severity());
    assertEquals("work[1].start", gap.path().toString());
    assertEquals("[vitae:gap] work \"B\": starts 3 years after work \"A\" ended (a gap from"
        + " 2019-07 to 2022-06, longer than 6 months); say what you did then, or allow it with"
        + " the timeline's maxGap(36) or @SuppressWarnings(\"vitae:gap\")", gap.message());
  }

  @Test
  void aGapOfExactlyTheLimitPassesAndOneMoreMonthDoesNot() {
    assertEquals(List.of(), timeline(jane()
        .work(w -> w.name("A").start(2018, JANUARY).end(2019, JANUARY))
        .work(w -> w.name("B").start(2019, 8).end(2020, 1))));
    assertEquals(1, timeline(jane()
        .work(w -> w.name("A").start(2018, JANUARY).end(2019, JANUARY))
        .work(w -> w.name("B").start(2019, 9).end(2020, 1))).size());
  }

  @Test
  void entriesAreSortedByDateNotBySourceOrder() {
    List<String> problems = timeline(jane()
        .work(w -> w.name("Late").start(2023, 1).ongoing())
        .work(w -> w.name("Early").start(2010, 1).end(2012, 1)));
    assertEquals(1, problems.size());
    assertEquals("work[0].start", problems.get(0).substring(0, problems.get(0).indexOf(':')));
  }

  @Test
  void aYearOnlyDateIsTheWholeYearForGaps() {
    // 2019 end = December 2019, 2020 start = January 2020: no gap at all.
    assertEquals(List.of(), timeline(jane()
        .work(w -> w.name("A").start(2015).end(2019))
        .work(w -> w.name("B").start(2020).end(2022))));
    // 2019 end = December 2019, 2021 start = January 2021: twelve months.
    List<String> problems = timeline(jane()
        .work(w -> w.name("A").start(2015).end(2019))
        .work(w -> w.name("B").start(2021).end(2022)));
    assertEquals(1, problems.size());
    assertEquals(true, problems.get(0).contains("1 year after work \"A\" ended (a gap from"
        + " 2020-01 to 2020-12"), problems.get(0));
  }

  @Test
  void aYearOnlyBoundaryIsNotAnOverlap() {
    // Left 2019, joined 2019: some month of 2019, certainly no overlap.
    assertEquals(List.of(), timeline(jane()
        .work(w -> w.name("A").start(2015).end(2019))
        .work(w -> w.name("B").start(2019).end(2022))));
    // Joined 2019 (December at the latest) while the other goes on into 2021 (January at
    // least): certainly 2019-12 to 2021-01.
    List<String> problems = timeline(jane()
        .work(w -> w.name("A").start(2015).end(2021))
        .work(w -> w.name("B").start(2019).end(2022)));
    assertEquals(List.of("work[1].start: [vitae:overlap] work \"B\": overlaps work \"A\" by"
        + " 1 year 2 months (2019-12 to 2021-01), more than the 1 month two full-time roles may"
        + " share; correct the dates, or allow it with the timeline's maxOverlap(14) or"
        + " @SuppressWarnings(\"vitae:overlap\")"), problems);
  }

  @Test
  void anOverlapOfOneMonthIsAllowedByDefault() {
    assertEquals(List.of(), timeline(jane()
        .work(w -> w.name("A").start(2015, 1).end(2019, 6))
        .work(w -> w.name("B").start(2019, 6).end(2022, 1))));
    assertEquals(1, timeline(jane()
        .work(w -> w.name("A").start(2015, 1).end(2019, 7))
        .work(w -> w.name("B").start(2019, 6).end(2022, 1))).size());
  }

  @Test
  void withoutAReferenceDateAnOngoingEntryLastsUntilTheLatestDateTheTimelineMentions() {
    ResumeBuilder cv = jane()
        .work(w -> w.name("A").start(2020, FEBRUARY).ongoing())
        .work(w -> w.name("B").start(2021, 1).end(2022, 6));
    // A lasts until 2022-06, the latest month given: the overlap is all of B.
    assertEquals(List.of("work[1].start: [vitae:overlap] work \"B\": overlaps work \"A\" by"
        + " 1 year 6 months (2021-01 to 2022-06), more than the 1 month two full-time roles may"
        + " share; correct the dates, or allow it with the timeline's maxOverlap(18) or"
        + " @SuppressWarnings(\"vitae:overlap\")"), timeline(cv));
    // An ongoing entry closes every gap after it.
    assertEquals(List.of(), timeline(jane()
        .work(w -> w.name("A").start(2010, 1).ongoing())
        .work(w -> w.name("B").start(2020, 1).end(2020, 3))
        .timeline(t -> t.maxOverlap(1000))));
  }

  @Test
  void aReferenceDateEndsOngoingEntries() {
    ResumeBuilder cv = jane()
        .work(w -> w.name("A").start(2024, 1).ongoing())
        .work(w -> w.name("B").start(2020, 1).end(2020, 12));
    CheckOptions today = CheckOptions.DEFAULT.withToday(YearMonth.of(2026, 11));
    // Without one, A ends where its own dates stop; with one it lasts until 2026-11.
    assertEquals(timeline(cv), timeline(cv, CheckOptions.DEFAULT));
    ResumeBuilder overlapping = jane()
        .work(w -> w.name("A").start(2024, 1).ongoing())
        .work(w -> w.name("B").start(2025, 1).ongoing());
    assertEquals(List.of(), timeline(overlapping), "both end 2025-01 without a reference date:"
        + " one month");
    assertEquals(1, timeline(overlapping, today).size());
    assertEquals(true, timeline(overlapping, today).get(0).contains("by 1 year 11 months"
        + " (2025-01 to 2026-11)"));
  }

  @Test
  void studiesFillGapsButMayOverlapAJob() {
    ResumeBuilder cv = jane()
        .work(w -> w.name("A").start(2012, 1).end(2014, 8))
        .education(e -> e.institution("MIT").start(2014, 9).end(2017, 6))
        .work(w -> w.name("B").start(2016, 9).end(2020, 1));
    assertEquals(List.of(), timeline(cv));
    List<String> withoutStudies = timeline(cv.timeline(t -> t.ignore(SectionKind.EDUCATION)));
    assertEquals(1, withoutStudies.size());
    assertEquals(true, withoutStudies.get(0).startsWith("work[1].start: [vitae:gap]"));
  }

  @Test
  void theCvsSettingsWinOverTheBuildsAndTheBuildsOverTheDefaults() {
    ResumeBuilder cv = jane()
        .work(w -> w.name("A").start(2012, 1).end(2014, 1))
        .work(w -> w.name("B").start(2015, 1).end(2016, 1));
    assertEquals(1, timeline(cv).size());
    CheckOptions lenient = CheckOptions.DEFAULT.withTimeline(Timeline.DEFAULT.withMaxGap(12));
    assertEquals(List.of(), timeline(cv, lenient));
    assertEquals(1, timeline(cv.timeline(t -> t.maxGap(6)), lenient).size());
  }

  @Test
  void volunteeringCountsOnlyWhenTheCvSaysSo() {
    ResumeBuilder cv = jane()
        .work(w -> w.name("A").start(2012, 1).end(2014, 1))
        .volunteer(v -> v.organization("Red Cross").start(2014, 2).end(2015, 1))
        .work(w -> w.name("B").start(2015, 2).end(2016, 1));
    assertEquals(1, timeline(cv).size());
    assertEquals(List.of(), timeline(cv.timeline(t -> t.count(SectionKind.VOLUNTEER))));
  }

  @Test
  void entriesWithoutAStartOrWithWrongDatesAreLeftOut() {
    List<Problem> problems = jane()
        .work(w -> w.name("A").start(2012, 1).end(2014, 1))
        .education(e -> e.institution("MIT").end(2019))
        .work(w -> w.name("B").start(2020, 13).end(2021, 1))
        .work(w -> w.name("C").start(2016, 1).end(2015, 1))
        .check();
    assertEquals(List.of(Check.REAL_DATE, Check.DATE_ORDER),
        problems.stream().map(Problem::check).toList());
  }

  @Test
  void aSingleDateLastsItsYearOrMonth() {
    assertEquals(List.of(), timeline(jane()
        .work(w -> w.name("A").start(2018))
        .work(w -> w.name("B").start(2019, 6).end(2020, 1))));
    assertEquals(1, timeline(jane()
        .work(w -> w.name("A").start(2018, 1))
        .work(w -> w.name("B").start(2019, 6).end(2020, 1))).size());
  }

  @Test
  void warningsDoNotStopTheBuild() {
    ResumeBuilder cv = jane()
        .work(w -> w.name("A").start(2010, 1).end(2011, 1))
        .work(w -> w.name("B").start(2020, 1).end(2021, 1));
    assertEquals("A", cv.build().work().get(0).name().value());
    assertEquals(List.of(Check.GAP), cv.check().stream().map(Problem::check).toList());
  }

  @Test
  void aCheckAfterTheBuildSeesWhatChangedSinceAndTheBuildsOptions() {
    ResumeBuilder cv = jane()
        .work(w -> w.name("A").start(2010, 1).end(2011, 1))
        .work(w -> w.name("B").start(2011, 2).end(2012, 1));
    cv.build();
    assertEquals(List.of(), cv.check());
    cv.work(w -> w.name("C").start(2020, 1).end(2021, 1));
    assertEquals(List.of(Check.GAP), cv.check().stream().map(Problem::check).toList(),
        "an entry added after the build");
    assertEquals(List.of(), cv.check(new CheckOptions(null, Timeline.DEFAULT.withMaxGap(120))),
        "other options");
  }
}
