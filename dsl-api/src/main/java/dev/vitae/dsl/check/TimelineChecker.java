package dev.vitae.dsl.check;

import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gaps between and overlaps of the entries that tell how a person spent their time, in whole
 * months. The semantics, each tested:
 *
 * <ul>
 *   <li>A month or a day is read as its month; a year alone is the whole year.
 *   <li>For gaps every date is read as widely as it can be (a start of 2019 is January 2019,
 *       an end of 2019 is December 2019), so a year-only CV never shows a gap it may not have.
 *       For overlaps it is read as narrowly as it can be (a start of 2019 is December, an end
 *       of 2019 is January), so only certain overlaps are reported.
 *   <li>A start alone is a single date, lasting its year or its month.
 *   <li>An ongoing entry lasts until the build's reference date; without one, until the latest
 *       date any entry of the timeline mentions (at least its own start). The clock is never
 *       read.
 *   <li>Entries without a start, with dates that do not exist or that end before they start
 *       are left out: other rules report them.
 * </ul>
 */
final class TimelineChecker {

  private final Timeline timeline;
  private final YearMonth today;
  private final Consumer<Problem> report;

  private TimelineChecker(CheckOptions options, Consumer<Problem> report) {
    this.timeline = options.timeline();
    this.today = options.today();
    this.report = report;
  }

  static void check(Resume cv, CheckOptions options, Consumer<Problem> report) {
    TimelineChecker checker = new TimelineChecker(options, report);
    List<Span> all = spans(cv);
    int latest = all.stream().filter(s -> options.timeline().gaps().contains(s.kind())
            || options.timeline().overlaps().contains(s.kind()))
        .mapToInt(Span::latestKnown).max().orElse(0);
    int present = options.today() == null ? latest : month(options.today());
    checker.gaps(all.stream().filter(s -> options.timeline().gaps().contains(s.kind())).toList(),
        present);
    checker.overlaps(all.stream().filter(s -> options.timeline().overlaps().contains(s.kind()))
        .toList(), present);
  }

  private void gaps(List<Span> spans, int present) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.removeIf(span -> span.wideEnd(present) < span.wideStart());
    sorted.sort(Comparator.comparingInt(Span::wideStart)
        .thenComparingInt(span -> span.wideEnd(present)));
    Span covering = null;
    for (Span span : sorted) {
      if (covering != null) {
        int coveredUntil = covering.wideEnd(present);
        int gap = span.wideStart() - coveredUntil - 1;
        if (gap > timeline.maxGap()) {
          report.accept(new Problem(Check.GAP, span.path().then("start"), span.label()
              + ": starts " + monthsText(gap) + " after " + covering.label() + " ended (a gap"
              + " from " + iso(coveredUntil + 1) + " to " + iso(span.wideStart() - 1)
              + ", longer than " + monthsText(timeline.maxGap()) + "); say what you did then,"
              + " or allow it with the timeline's maxGap(" + gap + ") or"
              + " @SuppressWarnings(\"" + Check.GAP.tag() + "\")"));
        }
      }
      if (covering == null || span.wideEnd(present) > covering.wideEnd(present)) {
        covering = span;
      }
    }
  }

  private void overlaps(List<Span> spans, int present) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.removeIf(span -> span.narrowEnd(present) < span.narrowStart());
    sorted.sort(Comparator.comparingInt(Span::narrowStart));
    for (int j = 1; j < sorted.size(); j++) {
      Span later = sorted.get(j);
      for (int i = 0; i < j; i++) {
        Span earlier = sorted.get(i);
        int from = Math.max(earlier.narrowStart(), later.narrowStart());
        int to = Math.min(earlier.narrowEnd(present), later.narrowEnd(present));
        int overlap = to - from + 1;
        if (overlap > timeline.maxOverlap()) {
          report.accept(new Problem(Check.OVERLAP, later.path().then("start"), later.label()
              + ": overlaps " + earlier.label() + " by " + monthsText(overlap) + " (" + iso(from)
              + (overlap > 1 ? " to " + iso(to) : "") + "), more than the "
              + monthsText(timeline.maxOverlap()) + " two full-time roles may share; correct"
              + " the dates, or allow it with the timeline's maxOverlap(" + overlap + ") or"
              + " @SuppressWarnings(\"" + Check.OVERLAP.tag() + "\")"));
          break;
        }
      }
    }
  }

  /** Every entry with a real start, of every kind, in the order of the CV. */
  private static List<Span> spans(Resume cv) {
    List<Span> spans = new ArrayList<>();
    for (SectionKind kind : SectionKind.standard()) {
      List<?> entries = kind.in(cv);
      for (int i = 0; i < entries.size(); i++) {
        Record entry = (Record) entries.get(i);
        Text title = (Text) Components.read(entry, kind.required().field());
        add(spans, kind, entry, Path.ROOT.then(kind.method(), i), label(kind.method(), i, title));
      }
    }
    for (int i = 0; i < cv.sections().size(); i++) {
      Section section = cv.sections().get(i);
      for (int j = 0; j < section.entries().size(); j++) {
        var entry = section.entries().get(j);
        add(spans, SectionKind.CUSTOM, entry,
            Path.ROOT.then(SectionKind.CUSTOM.method(), i).then("entry", j),
            label("entry", j, entry.title()));
      }
    }
    return spans;
  }

  private static void add(List<Span> spans, SectionKind kind, Record entry, Path path,
      String label) {
    for (RecordComponent component : Components.of(entry.getClass())) {
      if (Components.read(entry, component) instanceof DateRange dates && dates.start() != null
          && dates.start().whyNotReal().isEmpty()
          && (dates.end() == null || dates.end().whyNotReal().isEmpty()
              && dates.end().compareTo(dates.start()) >= 0)
          && !(dates.end() != null && dates.ongoing())) {
        spans.add(new Span(kind, path, label, dates));
      }
    }
  }

  private static String label(String property, int index, Text title) {
    return title == null || title.value().isBlank() ? property + "[" + index + "]"
        : property + " \"" + title + "\"";
  }

  static int month(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** The first month a date can mean: 2019 is January 2019. */
  static int first(PartialDate date) {
    return date.year() * 12 + (date.hasMonth() ? date.month() - 1 : 0);
  }

  /** The last month a date can mean: 2019 is December 2019. */
  static int last(PartialDate date) {
    return date.year() * 12 + (date.hasMonth() ? date.month() - 1 : 11);
  }

  static String iso(int month) {
    return YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1).toString();
  }

  static String monthsText(int months) {
    int years = months / 12;
    int rest = months % 12;
    String yearText = years == 0 ? "" : years + (years == 1 ? " year" : " years");
    String monthText = rest == 0 && years > 0 ? "" : rest + (rest == 1 ? " month" : " months");
    return (yearText + " " + monthText).trim();
  }

  /** One entry on the timeline, as months counted from year 0. */
  private record Span(SectionKind kind, Path path, String label, DateRange dates) {

    int wideStart() {
      return first(dates.start());
    }

    int wideEnd(int present) {
      if (dates.ongoing()) {
        return Math.max(present, wideStart());
      }
      return last(dates.end() == null ? dates.start() : dates.end());
    }

    int narrowStart() {
      return last(dates.start());
    }

    int narrowEnd(int present) {
      if (dates.ongoing()) {
        return Math.max(present, narrowStart());
      }
      return first(dates.end() == null ? dates.start() : dates.end());
    }

    /** The latest month the entry's own dates mention. */
    int latestKnown() {
      return last(dates.end() == null ? dates.start() : dates.end());
    }
  }
}
