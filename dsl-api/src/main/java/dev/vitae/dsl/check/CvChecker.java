package dev.vitae.dsl.check;

import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Entry;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.ModelNames;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules every CV must pass, in one place. {@code build()} runs them at run time and the
 * annotation processor runs the very same code at compile time, so both agree.
 *
 * <p>Paths are spelled with the builder methods that set each value ({@code work[1].end}),
 * which is how the processor finds the argument to point at.
 */
public final class CvChecker {

  private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

  private final List<Problem> problems = new ArrayList<>();
  /** The build's reference date, or null: dates after it are in the future. */
  private final YearMonth today;

  private CvChecker(YearMonth today) {
    this.today = today;
  }

  /**
   * Every problem of the CV, errors and warnings, in the order of the CV's sections, with the
   * default timeline and no reference date.
   */
  public static List<Problem> check(Resume cv) {
    return check(cv, CheckOptions.DEFAULT);
  }

  /** Every problem of the CV, errors and warnings, with the given reference date and timeline. */
  public static List<Problem> check(Resume cv, CheckOptions options) {
    CvChecker checker = new CvChecker(options.today());
    checker.checkAll(cv, options);
    return List.copyOf(checker.problems);
  }

  /** The errors among {@code problems}: what makes {@code build()} fail. */
  public static List<Problem> errors(List<Problem> problems) {
    return problems.stream().filter(Problem::isError).toList();
  }

  private void checkAll(Resume cv, CheckOptions options) {
    checkBasics(cv.basics());
    for (SectionKind kind : SectionKind.standard()) {
      List<?> entries = kind.in(cv);
      Map<List<Object>, String> seen = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        Record entry = (Record) entries.get(i);
        Subject subject = subject(kind, i, entry);
        checkEntry(kind, entry, subject);
        duplicate(kind, entry, subject, seen);
      }
    }
    for (int i = 0; i < cv.sections().size(); i++) {
      Section section = cv.sections().get(i);
      Subject subject = new Subject(Path.ROOT.then(SectionKind.CUSTOM.method(), i),
          label(SectionKind.CUSTOM.method(), i, section.title()));
      if (isBlank(section.title())) {
        // The title is no setter of the section but the first argument of section(...).
        subject.report(Check.REQUIRED, "title", "title is missing; give the section a heading:"
            + " .section(\"Patents\", s -> ...)");
      }
      subject.table(section.columns(), section.rows());
      Map<List<Object>, String> seen = new HashMap<>();
      for (int j = 0; j < section.entries().size(); j++) {
        Entry entry = section.entries().get(j);
        Subject item = subject.child("entry", j, entry.title());
        checkEntry(SectionKind.CUSTOM, entry, item);
        duplicate(SectionKind.CUSTOM, entry, item, seen);
      }
    }
    LanguageChecker.check(cv, problems::add);
    TimelineChecker.check(cv, options, problems::add);
    TextChecker.check(cv, problems::add);
    TextCharacters.check(cv, problems::add);
    StyleChecker.check(cv.style(), problems::add);
    if (cv.meta() != null && cv.meta().canonical() != null) {
      new Subject(Path.ROOT.then("meta"), "meta").url("canonical", cv.meta().canonical());
    }
  }

  /**
   * Warns about an entry with the same title and the same dates as an earlier one of its
   * section; {@code seen} holds the labels of the earlier ones by title and dates.
   */
  private static void duplicate(SectionKind kind, Record entry, Subject subject,
      Map<List<Object>, String> seen) {
    Text title = (Text) Components.read(entry, kind.required().field());
    if (isBlank(title)) {
      return;
    }
    List<Object> key = new ArrayList<>();
    key.add(title.value().strip());
    for (RecordComponent component : Components.of(entry.getClass())) {
      Object value = Components.read(entry, component);
      if (value instanceof DateRange || value instanceof PartialDate) {
        key.add(value);
      }
    }
    String earlier = seen.putIfAbsent(key, subject.path.toString());
    if (earlier != null) {
      subject.report(Check.DUPLICATE, kind.required().field(), "has the same "
          + kind.required().field() + " and dates as " + earlier + "; remove one of them, or"
          + " tell them apart");
    }
  }

  /** The rules the metamodel gives every entry of {@code kind}: its required field, links, dates. */
  private static void checkEntry(SectionKind kind, Record entry, Subject subject) {
    String required = kind.required().field();
    subject.required(required, (Text) Components.read(entry, required), kind.required().what());
    for (RecordComponent component : Components.of(entry.getClass())) {
      Object value = Components.read(entry, component);
      if (component.getName().equals("url")) {
        subject.url("url", (String) value);
      } else if (component.getName().equals("highlights")) {
        subject.nesting(subject.path, (List<?>) value, 1);
      } else if (value instanceof DateRange dates) {
        subject.period(dates, kind.dateRule() == SectionKind.DateRule.STARTED_PERIOD);
      } else if (value instanceof PartialDate date) {
        subject.date(ModelNames.builderMethod(component.getName()), date);
      }
    }
  }

  /** Entry {@code index} of a standard {@code kind}, named by its required field. */
  private Subject subject(SectionKind kind, int index, Record entry) {
    Text title = (Text) Components.read(entry, kind.required().field());
    return new Subject(Path.ROOT.then(kind.method(), index), label(kind.method(), index, title));
  }

  private void checkBasics(Basics basics) {
    Subject subject = new Subject(Path.ROOT.then("basics"), "basics");
    if (basics == null) {
      report(Check.REQUIRED, Path.ROOT.then("basics"),
          "the CV has no basics: add .basics(b -> b.name(\"Your Name\"))");
      return;
    }
    subject.required("name", basics.name(), "the person's full name");
    if (basics.email() != null && !Links.isEmail(basics.email())) {
      String unsafe = Links.unsafeCharacter(basics.email());
      subject.report(Check.EMAIL, "email", "email \"" + basics.email() + "\" "
          + (unsafe == null ? "is not an e-mail address" : "contains " + unsafe)
          + "; write it as name@example.com");
    } else if (basics.email() != null && Links.isPlaceholder(basics.email())) {
      subject.report(Check.PLACEHOLDER, "email", "email \"" + basics.email()
          + "\" is at a placeholder host; give the real address");
    }
    subject.url("url", basics.url());
    if (!PhotoFiles.isProjectFile(basics.image())) {
      subject.url("image", basics.image()); // a project's file is checked by the processor
    }
    if (basics.location() != null) {
      String code = basics.location().countryCode();
      if (code != null && !COUNTRY_CODES.contains(code)) {
        new Subject(subject.path.then("location"), "basics.location").report(
            Check.COUNTRY_CODE, "countryCode", "countryCode \"" + code
                + "\" is not an ISO 3166-1 alpha-2 code; write two capital letters such as \"DE\"");
      }
    }
    for (int i = 0; i < basics.profiles().size(); i++) {
      var profile = basics.profiles().get(i);
      Subject entry = new Subject(subject.path.then("profile", i), profile.network() == null
          ? "profile[" + i + "]" : "profile \"" + profile.network() + "\"");
      if (Characters.isBlank(profile.network())) {
        entry.report(Check.REQUIRED, "network",
            "network is missing; add .network(\"GitHub\") or the site's name");
      }
      entry.url("url", profile.url());
    }
  }

  /** The first month a date can mean: 2027 is January 2027. */
  private static YearMonth firstMonth(PartialDate date) {
    return YearMonth.of(date.year(), Math.max(date.month(), 1));
  }

  private static String label(String property, int index, Text title) {
    return isBlank(title) ? property + "[" + index + "]" : property + " \"" + title + "\"";
  }

  /** Missing, or nothing visible: spaces of any width, zero-width and control characters. */
  private static boolean isBlank(Text text) {
    return text == null || Characters.isBlank(text.value());
  }

  private void report(Check check, Path path, String description) {
    problems.add(new Problem(check, path, description));
  }

  /** The entry being checked: its path, and how messages name it ({@code work "Tencent"}). */
  private final class Subject {
    final Path path;
    final String label;

    Subject(Path path, String label) {
      this.path = path;
      this.label = label;
    }

    Subject child(String property, int index, Text title) {
      return new Subject(path.then(property, index), label + ", " + label(property, index, title));
    }

    void report(Check check, String property, String description) {
      CvChecker.this.report(check, path.then(property), label + ": " + description);
    }

    void required(String property, Text value, String what) {
      if (isBlank(value)) {
        report(Check.REQUIRED, property, property + " is missing; add ." + property
            + "(\"...\") with " + what);
      }
    }

    void url(String property, String url) {
      if (url != null && !Links.isSafeUrl(url)) {
        String unsafe = Links.unsafeCharacter(url);
        report(Check.URL, property, property + " \"" + url + "\" " + (unsafe == null
            ? "is not an absolute http, https or mailto URL" : "contains " + unsafe
                + ", which no link holds (write a space as %20)")
            + "; write it as https://example.com/...");
      } else if (url != null && Links.isPlaceholder(url)) {
        report(Check.PLACEHOLDER, property, property + " \"" + url + "\" is at a placeholder"
            + " host; give the real URL");
      }
    }

    /** Checks a date, and says whether it is real (only real dates can be ordered). */
    boolean date(String property, PartialDate date) {
      if (date == null) {
        return true;
      }
      var flaw = date.whyNotReal();
      flaw.ifPresent(wrong -> CvChecker.this.report(Check.REAL_DATE,
          path.then(property).then(wrong.part()),
          label + ": " + property + " " + date + " is not a real date: " + wrong.reason()));
      if (flaw.isEmpty() && today != null && firstMonth(date).isAfter(today)) {
        report(Check.FUTURE_DATE, property, property + " " + date + " is after the build's"
            + " reference date " + today + "; correct it, or set the reference date with"
            + " -Avitae.today");
      }
      return flaw.isEmpty();
    }

    /** Reports each bullet deeper than {@link Highlight#MAX_LEVEL}, at its text. */
    void nesting(Path at, List<?> highlights, int level) {
      for (int i = 0; i < highlights.size(); i++) {
        Highlight highlight = (Highlight) highlights.get(i);
        Path bullet = at.then("highlight", i);
        if (level > Highlight.MAX_LEVEL) {
          CvChecker.this.report(Check.NESTING, bullet.then("text"), label + ": a bullet "
              + level + " levels deep; highlights nest at most " + Highlight.MAX_LEVEL
              + " levels (as deep as LaTeX lists go): move it up a level");
        } else {
          nesting(bullet, highlight.highlights(), level + 1);
        }
      }
    }

    void table(List<Text> columns, List<List<Text>> rows) {
      for (int i = 0; i < rows.size(); i++) {
        int cells = rows.get(i).size();
        if (cells != columns.size()) {
          CvChecker.this.report(Check.TABLE, path.then("row", i), label + ": row " + (i + 1)
              + " has " + cells + (cells == 1 ? " cell" : " cells") + " but the table has "
              + columns.size() + " columns; give one cell per column of .columns(...)");
        }
      }
    }

    void period(DateRange dates, boolean startRequired) {
      // An end alone is a single date (a graduation year); an ongoing entry needs its start.
      if (dates.start() == null && (startRequired || dates.ongoing())) {
        report(Check.REQUIRED, "start",
            "start is missing; add .start(year, month) with when it began");
      }
      boolean realStart = date("start", dates.start());
      boolean realEnd = date("end", dates.end());
      if (dates.end() != null && dates.ongoing()) {
        report(Check.DATE_ORDER, "end", "has both end " + dates.end()
            + " and ongoing(); keep end for a finished entry or ongoing() for a current one");
      } else if (realStart && realEnd && dates.start() != null && dates.end() != null
          && dates.end().compareTo(dates.start()) < 0) {
        report(Check.DATE_ORDER, "end",
            "end " + dates.end() + " is before start " + dates.start());
      }
    }
  }
}
