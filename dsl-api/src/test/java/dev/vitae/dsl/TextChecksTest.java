package dev.vitae.dsl;

import static dev.vitae.dsl.Translations.de;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.CheckOptions;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.check.Severity;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks of round two in dsl-api: markup that does not close, links without a target,
 * mojibake, control characters, placeholders, duplicates and future dates.
 */
class TextChecksTest {

  private static List<String> problems(ResumeBuilder cv) {
    return cv.check(CheckOptions.DEFAULT.withToday(YearMonth.of(2026, 11))).stream()
        .map(p -> p.severity() + " " + p).toList();
  }

  private static ResumeBuilder summary(String text) {
    return Vitae.cv().basics(b -> b.name("Jane Doe").summary(text));
  }

  @Test
  void boldThatNeverClosesIsAnError() {
    assertEquals(List.of("ERROR basics.summary: [vitae:markup] basics.summary \"Ships **fast\":"
        + " a ** opens bold text that never closes; close it with another **, or write \\*\\*"
        + " for the asterisks"), problems(summary("Ships **fast")));
  }

  @Test
  void closedOrEscapedOrQuotedMarkupPasses() {
    for (String fine : List.of("**bold** and *italic*", "***both***", "5 * 3 = 15", "*nix",
        "`**` in code", "\\*\\* literal", "[site](https://vitae.dev) and `[x](`",
        "a \\` backtick", "a lone ` backtick", "``a`b**c`` nested", "`x|y` and ``a`b``")) {
      assertEquals(List.of(), problems(summary(fine)), fine);
    }
  }

  @Test
  void linksThatNeverCloseAreErrorsAndBoldOutsideCodeCounts() {
    assertEquals(1, problems(summary("``code`` then **bold")).size());
    assertEquals(List.of("ERROR basics.summary: [vitae:markup] basics.summary \"See"
        + " [site](https://vitae.dev\": a link [text]( never closes its target; end it with )"),
        problems(summary("See [site](https://vitae.dev")));
  }

  @Test
  void aLinkWithoutATargetIsAWarning() {
    assertEquals(List.of("WARNING basics.summary: [vitae:link] basics.summary \"Won the"
        + " [scoreboard](#)\": the link [scoreboard] has no target (\"#\"); give its URL, or"
        + " write the words without [ ]"), problems(summary("Won the [scoreboard](#)")));
    assertEquals(1, problems(summary("[x]()")).size());
  }

  @Test
  void mojibakeIsAWarningInEveryLanguage() {
    assertEquals(List.of("WARNING basics.summary: [vitae:mojibake] basics.summary \"Donâ€™t"
        + " panic\": \"â€™\" looks like UTF-8 read in another encoding (\"â€™\" for ’, \"Ã©\""
        + " for é); copy the text again from its source, or retype those characters"),
        problems(summary("Donâ€™t panic")));
    List<String> translated = problems(Vitae.cv("en", "de")
        .basics(b -> b.name("Jane Doe", de("Jane Doe")).summary("Café", de("CafÃ©"))));
    assertEquals(1, translated.size());
    assertEquals(true, translated.get(0).startsWith("WARNING basics.summary.translations[0]:"
        + " [vitae:mojibake]"), translated.get(0));
  }

  @Test
  void realAccentsAndSymbolsAreNoMojibake() {
    for (String fine : List.of("Café", "Zürich", "Ærøskøbing", "naïve — “quoted” ’", "© 2024",
        "Â bientôt", "腾讯", "Straße", "café »", "señor")) {
      assertEquals(List.of(), problems(summary(fine)), fine);
    }
  }

  @Test
  void lineBreaksAndTabsAreText() {
    assertEquals(List.of(), problems(summary("Two\nlines\tand a tab")));
  }

  @Test
  void placeholderHostsAreWarnings() {
    List<String> problems = problems(Vitae.cv()
        .basics(b -> b.name("Jane Doe").email("jane@example.com")
            .url("https://localhost:8080/cv").summary("[blog](https://blog.example.org/)")
            .profile(p -> p.network("GitHub").url("https://github.com/jane")))
        .work(w -> w.name("A").start(2020).url("http://www.example.net")));
    assertEquals(List.of(
        "WARNING basics.email: [vitae:placeholder] basics: email \"jane@example.com\" is at a"
            + " placeholder host; give the real address",
        "WARNING basics.url: [vitae:placeholder] basics: url \"https://localhost:8080/cv\" is at"
            + " a placeholder host; give the real URL",
        "WARNING work[0].url: [vitae:placeholder] work \"A\": url \"http://www.example.net\" is"
            + " at a placeholder host; give the real URL",
        "WARNING basics.summary: [vitae:placeholder] basics.summary \"[blog](https://blog.exam"
            + "ple.org/)\": the link [blog] goes to https://blog.example.org/, a placeholder;"
            + " give the real URL"), problems);
    assertEquals(List.of(), problems(Vitae.cv().basics(b -> b.name("Jane Doe")
        .email("jane@examples.com").url("https://example.company.dev"))));
  }

  @Test
  void theSameEntryTwiceIsAWarningAtTheSecond() {
    List<Problem> problems = Vitae.cv().basics(b -> b.name("Jane Doe"))
        .work(w -> w.name("Tencent").start(2021, 2).ongoing())
        .work(w -> w.name("Tencent").start(2019, 1).end(2021, 1))
        .work(w -> w.name("Tencent").start(2021, 2).ongoing())
        .section("Talks", s -> s.entry(e -> e.title("GTC").start(2023))
            .entry(e -> e.title("GTC").start(2023)))
        .skill(s -> s.name("CUDA")).skill(s -> s.name("CUDA"))
        .check().stream().filter(p -> p.check() == Check.DUPLICATE).toList();
    assertEquals(List.of(
        "work[2].name: [vitae:duplicate] work \"Tencent\": has the same name and dates as"
            + " work[0]; remove one of them, or tell them apart",
        "skill[1].name: [vitae:duplicate] skill \"CUDA\": has the same name and dates as"
            + " skill[0]; remove one of them, or tell them apart",
        "section[0].entry[1].title: [vitae:duplicate] section \"Talks\", entry \"GTC\": has the"
            + " same title and dates as section[0].entry[0]; remove one of them, or tell them"
            + " apart"), problems.stream().map(Problem::toString).toList());
    assertEquals(Severity.WARNING, problems.get(0).severity());
  }

  @Test
  void datesAfterTheReferenceDateAreWarningsAndWithoutOneNoDateIs() {
    ResumeBuilder cv = Vitae.cv().basics(b -> b.name("Jane Doe"))
        .education(e -> e.institution("MIT").start(2024, 9).end(2027, 6))
        .award(a -> a.title("Best Paper").date(2026))
        .certificate(c -> c.name("CKA").date(2026, 12, 1));
    assertEquals(List.of(
        "WARNING education[0].end: [vitae:future-date] education \"MIT\": end 2027-06 is after"
            + " the build's reference date 2026-11; correct it, or set the reference date with"
            + " -Avitae.today",
        "WARNING certificate[0].date: [vitae:future-date] certificate \"CKA\": date 2026-12-01"
            + " is after the build's reference date 2026-11; correct it, or set the reference"
            + " date with -Avitae.today"), problems(cv));
    assertEquals(List.of(), cv.check());
  }
}
