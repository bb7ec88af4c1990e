package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The checks of round two at their arguments: markup, links, mojibake, control characters,
 * placeholders, duplicates and future dates. Lines and columns as in {@link RulesTest}.
 */
class MoreChecksTest {

  private static Compilation compile(JavaFileObject source, String... options) {
    return javac().withProcessors(new VitaeProcessor()).withOptions((Object[]) options)
        .compile(source);
  }

  private static void assertWarning(Compilation compilation, int line, int column,
      String message) {
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(message)
        .inFile(compilation.sourceFiles().get(0)).onLine(line).atColumn(column);
    assertEquals(Diagnostic.Kind.WARNING, compilation.warnings().get(0).getKind());
  }

  @Test
  void boldThatNeverClosesIsAnErrorAtTheText() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("A").start(2020).summary("Made it **fast"))
            .build()"""));
    assertError(compilation, 9, 48, "[vitae:markup] work[0].summary \"Made it **fast\": a **"
        + " opens bold text that never closes; close it with another **, or write \\*\\* for"
        + " the asterisks");
  }

  @Test
  void aLinkWithoutTargetIsAWarningAtTheText() {
    assertWarning(CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("A").start(2020).highlight("Won the [scoreboard](#)"))
            .build()""")), 9, 50, "[vitae:link] work[0].highlight[0].text \"Won the"
        + " [scoreboard](#)\": the link [scoreboard] has no target (\"#\"); give its URL, or"
        + " write the words without [ ]");
  }

  @Test
  void mojibakeIsAWarningAtTheText() {
    assertWarning(CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").label("Donâ€™t panic"))
            .build()""")), 8, 49, "[vitae:mojibake] basics.label \"Donâ€™t panic\": \"â€™\""
        + " looks like UTF-8 read in another encoding");
  }

  @Test
  void aPlaceholderAddressIsAWarningAtTheArgument() {
    assertWarning(CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@example.com"))
            .build()""")), 8, 49, "[vitae:placeholder] basics: email \"jane@example.com\" is at"
        + " a placeholder host; give the real address");
    assertWarning(CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .project(p -> p.name("hpc").url("http://localhost:8080"))
            .build()""")), 9, 37, "[vitae:placeholder] project \"hpc\": url"
        + " \"http://localhost:8080\" is at a placeholder host; give the real URL");
  }

  @Test
  void aDuplicateEntryIsAWarningAtItsTitle() {
    assertWarning(CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .award(a -> a.title("Best Paper").date(2021))
            .award(a -> a.title("Best Paper").date(2021))
            .build()""")), 10, 25, "[vitae:duplicate] award \"Best Paper\": has the same title"
        + " and dates as award[0]; remove one of them, or tell them apart");
  }

  @Test
  void aFutureDateIsAWarningOnlyWithAReferenceDate() {
    String chain = """
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .award(a -> a.title("Best Paper").date(2027, 3))
            .build()""";
    assertThat(compile(cv(chain))).succeededWithoutWarnings();
    assertWarning(compile(cv(chain), "-Avitae.today=2026-11"), 9, 44, "[vitae:future-date]"
        + " award \"Best Paper\": date 2027-03 is after the build's reference date 2026-11;"
        + " correct it, or set the reference date with -Avitae.today");
  }
}
