package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.vitae.processor.CvSources.cv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings: reported at their argument without failing the build, silenced by
 * {@code @SuppressWarnings("vitae:gap")} or {@code -Avitae.disable}, raised to errors by
 * {@code -Avitae.warningsAsErrors=true}; and the reference date of {@code -Avitae.today}.
 */
class WarningsTest {

  /** Two jobs three years apart: a gap starting on line 10, at the 2022. */
  private static final String GAP = """
      Vitae.cv().basics(b -> b.name("Jane Doe"))
          .work(w -> w.name("A").start(2015, MARCH).end(2019, JUNE))
          .work(w -> w.name("B").start(2022, JULY).end(2024, JANUARY))
          .build()""";

  private static final String GAP_MESSAGE = "[vitae:gap] work \"B\": starts 3 years after work"
      + " \"A\" ended (a gap from 2019-07 to 2022-06, longer than 6 months); say what you did"
      + " then, or allow it with the timeline's maxGap(36) or @SuppressWarnings(\"vitae:gap\")";

  private static Compilation compile(JavaFileObject source, String... options) {
    return javac().withProcessors(new VitaeProcessor()).withOptions((Object[]) options)
        .compile(source);
  }

  @Test
  void aGapIsAWarningAtTheStartOfTheNextJobAndTheCvIsStillWritten(@TempDir Path out)
      throws IOException {
    Compilation compilation = compile(cv(GAP), "-Avitae.output=" + out);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(GAP_MESSAGE)
        .inFile(compilation.sourceFiles().get(0)).onLine(10).atColumn(34);
    assertEquals(Diagnostic.Kind.WARNING, compilation.warnings().get(0).getKind());
    assertTrue(Files.exists(out.resolve("jane/jane.html")));
  }

  @Test
  void overlappingJobsAreAWarningAtTheStartOfTheLaterOne() {
    Compilation compilation = compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("A").start(2019, MARCH).end(2022, JUNE))
            .work(w -> w.name("B").start(2021, JULY).end(2024, JANUARY))
            .build()"""));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[vitae:overlap] work \"B\": overlaps work"
        + " \"A\" by 1 year (2021-07 to 2022-06), more than the 1 month two full-time roles may"
        + " share; correct the dates, or allow it with the timeline's maxOverlap(12) or"
        + " @SuppressWarnings(\"vitae:overlap\")")
        .inFile(compilation.sourceFiles().get(0)).onLine(10).atColumn(34);
  }

  @Test
  void suppressWarningsWithTheTagSilencesThatWarningForThatCv() {
    Compilation compilation = compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import static java.time.Month.*;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          @SuppressWarnings("vitae:gap")
          @Cv static Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe"))
                .work(w -> w.name("A").start(2015, MARCH).end(2019, JUNE))
                .work(w -> w.name("B").start(2022, JULY).end(2024, JANUARY))
                .build();
          }
          @SuppressWarnings("vitae:overlap")
          @Cv static Resume john() {
            return Vitae.cv().basics(b -> b.name("John Doe"))
                .work(w -> w.name("A").start(2015, MARCH).end(2019, JUNE))
                .work(w -> w.name("B").start(2022, JULY).end(2024, JANUARY))
                .build();
          }
        }
        """));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[vitae:gap]")
        .inFile(compilation.sourceFiles().get(0)).onLine(17);
  }

  @Test
  void warningsAsErrorsFailsTheBuildAndWritesNothing(@TempDir Path out) {
    Compilation compilation = compile(cv(GAP), "-Avitae.warningsAsErrors=true",
        "-Avitae.output=" + out);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(GAP_MESSAGE)
        .inFile(compilation.sourceFiles().get(0)).onLine(10).atColumn(34);
    assertTrue(Files.notExists(out.resolve("jane/jane.html")));
  }

  @Test
  void disabledWarningsAreNotReported() {
    Compilation compilation = compile(cv(GAP), "-Avitae.disable=overlap, gap");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void errorsCannotBeDisabledNorSuppressed() {
    Compilation compilation = compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          @SuppressWarnings("vitae:date-order")
          @Cv static Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe"))
                .work(w -> w.name("A").start(2020).end(2019)).build();
          }
        }
        """), "-Avitae.disable=date-order,nonsense");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[vitae:option] -Avitae.disable names"
        + " date-order, an error: only warnings can be disabled, since a CV with an error"
        + " cannot be written correctly");
    assertThat(compilation).hadErrorContaining("[vitae:option] -Avitae.disable names"
        + " nonsense, which is no check of Vitae");
    assertThat(compilation).hadErrorContaining("[vitae:date-order] work \"A\": end 2019 is"
        + " before start 2020").inFile(compilation.sourceFiles().get(0)).onLine(8);
  }

  @Test
  void warningsAreReportedBesideErrors() {
    Compilation compilation = compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@"))
            .work(w -> w.name("A").start(2015, MARCH).end(2019, JUNE))
            .work(w -> w.name("B").start(2022, JULY).end(2024, JANUARY))
            .build()"""));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[vitae:gap]").inFile(
        compilation.sourceFiles().get(0)).onLine(10).atColumn(34);
  }

  @Test
  void theReferenceDateEndsOngoingJobs() {
    String chain = """
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("A").start(2024, MARCH).ongoing())
            .work(w -> w.name("B").start(2025, JULY).ongoing())
            .build()""";
    assertThat(compile(cv(chain))).succeededWithoutWarnings();
    Compilation today = compile(cv(chain), "-Avitae.today=2026-11");
    assertThat(today).succeeded();
    assertThat(today).hadWarningContaining("[vitae:overlap] work \"B\": overlaps work \"A\" by"
        + " 1 year 5 months (2025-07 to 2026-11)").inFile(today.sourceFiles().get(0))
        .onLine(10).atColumn(34);
  }

  @Test
  void theBuildSetsThresholdsAndTheCvsOwnSettingsWin() {
    assertThat(compile(cv(GAP), "-Avitae.maxGap=36")).succeededWithoutWarnings();
    Compilation own = compile(cv(GAP.replace(".build()",
        ".timeline(t -> t.maxGap(12)).build()")), "-Avitae.maxGap=36");
    assertThat(own).hadWarningContaining("[vitae:gap]");
  }

  @Test
  void theCvChoosesWhichSectionsCount() {
    String chain = """
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("A").start(2012, 1).end(2014, 8))
            .education(e -> e.institution("MIT").start(2014, 9).end(2017, 6))
            .work(w -> w.name("B").start(2017, 9).end(2020, 1))
            %s.build()""";
    assertThat(compile(cv(chain.formatted("")))).succeededWithoutWarnings();
    Compilation ignored = compile(cv(chain.formatted(
        ".timeline(t -> t.ignore(SectionKind.EDUCATION))")));
    assertThat(ignored).hadWarningContaining("[vitae:gap] work \"B\": starts 3 years after"
        + " work \"A\" ended").inFile(ignored.sourceFiles().get(0)).onLine(11).atColumn(34);
  }

  @Test
  void badOptionValuesAreErrors() {
    Compilation compilation = compile(cv(GAP), "-Avitae.today=November",
        "-Avitae.maxGap=-1", "-Avitae.warningsAsErrors=maybe");
    List<String> messages = new ArrayList<>();
    compilation.errors().forEach(e -> messages.add(e.getMessage(null)));
    assertEquals(List.of(
        "[vitae:option] -Avitae.warningsAsErrors=maybe is neither true nor false",
        "[vitae:option] -Avitae.maxGap=-1 is not a number of months (0 or more)",
        "[vitae:option] -Avitae.today=November is not a date; write it as 2026-11 or"
            + " 2026-11-30"), messages);
  }
}
