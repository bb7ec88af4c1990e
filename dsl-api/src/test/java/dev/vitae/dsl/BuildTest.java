package dev.vitae.dsl;

import static java.time.Month.APRIL;
import static java.time.Month.FEBRUARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitae.dsl.check.InvalidCvException;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Resume;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code build()} at run time: the same rules as the processor, every problem at once. */
class BuildTest {

  @Test
  void aValidCvBuildsWithEveryValueInPlace() {
    Resume cv = Vitae.cv()
        .basics(b -> b.name("Jane Doe").email("jane@example.com"))
        .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing()
            .highlight("Kernels", h -> h.highlight("Attention")))
        .build();
    assertEquals("Jane Doe", cv.basics().name().value());
    assertEquals("2021-02", cv.work().get(0).dates().start().toString());
    assertEquals("Attention",
        cv.work().get(0).highlights().get(0).highlights().get(0).text().value());
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsPath() {
    InvalidCvException invalid = assertThrows(InvalidCvException.class, () -> Vitae.cv()
        .basics(b -> b.email("jane@"))
        .work(w -> w.name("Tencent").start(2021, FEBRUARY).end(2019, 1))
        .award(a -> a.title("Best Paper").date(2021, APRIL, 31))
        .project(p -> p.name("hpc-ops").url("javascript:alert(1)"))
        .build());
    List<String> problems = invalid.problems().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "basics.name: [vitae:required] basics: name is missing; add .name(\"...\") with the"
            + " person's full name",
        "basics.email: [vitae:email] basics: email \"jane@\" is not an e-mail address; write it"
            + " as name@example.com",
        "work[0].end: [vitae:date-order] work \"Tencent\": end 2019-01 is before start 2021-02",
        "award[0].date.day: [vitae:date] award \"Best Paper\": date 2021-04-31 is not a real"
            + " date: April 2021 has 30 days",
        "project[0].url: [vitae:url] project \"hpc-ops\": url \"javascript:alert(1)\" is not an"
            + " absolute http, https or mailto URL; write it as https://example.com/..."),
        problems);
    assertEquals(5, invalid.getMessage().lines().filter(l -> l.startsWith("  ")).count());
  }

  @Test
  void aTableRowMustFillEveryColumn() {
    InvalidCvException invalid = assertThrows(InvalidCvException.class, () -> Vitae.cv()
        .basics(b -> b.name("Jane Doe"))
        .section("Blogs", s -> s.columns("Type", "Author").row("Infra"))
        .build());
    assertEquals("section[0].row[0]: [vitae:table] section \"Blogs\": row 1 has 1 cell but the"
        + " table has 2 columns; give one cell per column of .columns(...)",
        invalid.problems().get(0).toString());
  }

  @Test
  void sectionsKeepTheOrderTheyAreFirstWrittenIn() {
    Resume cv = Vitae.cv()
        .basics(b -> b.name("Jane Doe"))
        .skill(s -> s.name("CUDA"))
        .section("Talks", s -> s.entry(e -> e.title("GTC")))
        .work(w -> w.name("NIO").start(2018))
        .skill(s -> s.name("C++"))
        .build();
    assertEquals(List.of("skills", "sections[0]", "work"), cv.order().stream().map(Object::toString).toList());
  }
}
