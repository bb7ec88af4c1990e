package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.vitae.processor.CvSources.cv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * Every rule reports its tagged message at the exact line and column of the offending
 * argument. Lines count from the top of the generated Jane.java, where the chain begins on
 * line 8; columns count from 1 on the chain's lines as written here (text blocks strip the
 * indentation of the closing quotes' line).
 */
class RulesTest {

  @Test
  void validCvCompilesCleanly() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@janedoe.dev"))
            .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing())
            .build()"""));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void personNameIsRequired() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.email("jane@example.com"))
            .build()"""));
    assertError(compilation, 8, 19,
        "[vitae:required] basics: name is missing; add .name(\"...\") with the person's full"
            + " name");
  }

  @Test
  void basicsAreRequired() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv()
            .build()"""));
    assertError(compilation, 8, 1,
        "[vitae:required] the CV has no basics: add .basics(b -> b.name(\"Your Name\"))");
  }

  @Test
  void employerIsRequired() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.position("Engineer").start(2020))
            .build()"""));
    assertError(compilation, 9, 11,
        "[vitae:required] work[0]: name is missing; add .name(\"...\") with the employer");
  }

  @Test
  void startIsRequiredForWork() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .volunteer(v -> v.organization("Code Club").end(2016))
            .build()"""));
    assertError(compilation, 9, 16, "[vitae:required] volunteer \"Code Club\": start is"
        + " missing; add .start(year, month) with when it began");
  }

  @Test
  void anOngoingEntryNeedsItsStart() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .project(p -> p.name("hpc-ops").ongoing())
            .build()"""));
    assertError(compilation, 9, 14, "[vitae:required] project \"hpc-ops\": start is"
        + " missing; add .start(year, month) with when it began");
  }

  @Test
  void customSectionTitleIsRequired() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .section("  ", s -> s.entry(e -> e.title("US10942771B2")))
            .build()"""));
    assertError(compilation, 9, 14, "[vitae:required] section[0]: title is missing;"
        + " give the section a heading: .section(\"Patents\", s -> ...)");
  }

  @Test
  void monthMustExist() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("Tencent").start(2021, 13))
            .build()"""));
    assertError(compilation, 9, 46, "[vitae:date] work \"Tencent\": start 2021-13 is not a real"
        + " date: the month must be 1 to 12");
  }

  @Test
  void dayMustExistInItsMonth() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .award(a -> a.title("Best Paper").date(2021, APRIL, 31))
            .build()"""));
    assertError(compilation, 9, 57, "[vitae:date] award \"Best Paper\": date 2021-04-31 is not a"
        + " real date: April 2021 has 30 days");
  }

  @Test
  void endMustNotPrecedeStart() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("Tencent").start(2021, FEBRUARY).end(2019, 1))
            .build()"""));
    assertError(compilation, 9, 60,
        "[vitae:date-order] work \"Tencent\": end 2019-01 is before start 2021-02");
  }

  @Test
  void endedEntryCannotBeOngoing() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .project(p -> p.name("hpc-ops").start(2024).end(2025).ongoing())
            .build()"""));
    assertError(compilation, 9, 53, "[vitae:date-order] project \"hpc-ops\": has both end 2025"
        + " and ongoing(); keep end for a finished entry or ongoing() for a current one");
  }

  @Test
  void emailMustBeAnAddress() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@"))
            .build()"""));
    assertError(compilation, 8, 49, "[vitae:email] basics: email \"jane@\" is not an e-mail"
        + " address; write it as name@example.com");
  }

  @Test
  void urlMustBeAbsoluteHttpHttpsOrMailto() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("Tencent").start(2021).url("javascript:alert(1)"))
            .build()"""));
    assertError(compilation, 9, 50, "[vitae:url] work \"Tencent\": url \"javascript:alert(1)\" is"
        + " not an absolute http, https or mailto URL; write it as https://example.com/...");
  }

  @Test
  void profileUrlIsCheckedToo() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe")
                .profile(p -> p.network("GitHub").url("github.com/jane")))
            .build()"""));
    assertError(compilation, 9, 47, "[vitae:url] profile \"GitHub\": url"
        + " \"github.com/jane\" is not an absolute http, https or mailto URL; write it as"
        + " https://example.com/...");
  }

  @Test
  void countryCodeMustBeIso() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe")
                .location(l -> l.city("Berlin").countryCode("Germany")))
            .build()"""));
    assertError(compilation, 9, 53, "[vitae:country-code] basics.location: countryCode"
        + " \"Germany\" is not an ISO 3166-1 alpha-2 code; write two capital letters such as"
        + " \"DE\"");
  }

  @Test
  void problemOnNestedHighlightIsFoundThroughItsBuilders() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("A").start(2020))
            .work(w -> w.name("B").start(2021).highlight("x", h -> h.highlight("y"))
                .end(2020))
            .build()"""));
    assertError(compilation, 11, 14,
        "[vitae:date-order] work \"B\": end 2020 is before start 2021");
  }

  @Test
  void everyProblemIsReportedInSourceOrder() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").email("nope"))
            .work(w -> w.name("Tencent").start(2021, 2, 30))
            .build()"""));
    assertThat(compilation).hadErrorCount(2);
    assertEquals(8, compilation.errors().get(0).getLineNumber());
    assertEquals(9, compilation.errors().get(1).getLineNumber());
  }

  static void assertError(Compilation compilation, int line, int column, String message) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(compilation.sourceFiles().get(0))
        .onLine(line)
        .atColumn(column);
  }
}
