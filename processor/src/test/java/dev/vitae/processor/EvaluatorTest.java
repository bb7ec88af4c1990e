package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * What the evaluator accepts, and the one clear error for what it does not. Accepted forms are
 * proven evaluated by a deliberate date-order error whose message shows the evaluated text.
 */
class EvaluatorTest {

  static final String ALLOWED = "cannot be evaluated at compile time; a @Cv method may use"
      + " literals, text blocks, operators (+, -, *, /, %, comparisons, ==, !=, !, &&, ||, ? :),"
      + " static final fields, enum constants, Vitae builder calls, lambdas (and"
      + " Parts::method), local variables, if/else, for-each over List.of(...) or an array, and"
      + " static methods whose source is compiled with it (fragments)";

  @Test
  void foldsConcatenationConstantsTextBlocksAndLocals() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;

        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        import java.time.Month;

        class Jane {
          static final String TEN = "Ten";
          static final int YEAR = 2021;

          @Cv static Resume jane() {
            String company = TEN + ("cent" + "");
            var summary = \"""
                Text blocks work.\""";
            return Vitae.cv()
                .basics(b -> { b.name("Jane " + "Doe"); b.summary(summary); })
                .work(w -> w.name(company).start(YEAR, Month.MARCH).end(PartialDate.of(2019, 1)))
                .build();
          }
        }
        """));
    assertError(compilation, 17, 65,
        "[vitae:date-order] work \"Tencent\": end 2019-01 is before start 2021-03");
  }

  @Test
  void runsBlockLambdasLocalsEnumsAndStaticFactories() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;

        import static java.time.Month.MARCH;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;

        class Jane {
          static final String TEN = "Ten";

          @Cv static Resume jane() {
            String company = TEN + "cent" + 2 + '!';
            var cv = Vitae.cv().basics(b -> b.name(\"""
                Jane Doe\"""));
            cv.work(w -> {
              w.name(company);
              w.start(PartialDate.of(2021, MARCH)).end(2019);
            });
            return cv.build();
          }
        }
        """));
    assertError(compilation, 16, 48,
        "[vitae:date-order] work \"Tencent2!\": end 2019 is before start 2021-03");
  }

  @Test
  void callsOutsideTheDslAreNotEvaluated() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name(System.getProperty("user.name")))
            .build()"""));
    assertError(compilation, 8, 31, "[vitae:not-evaluable] the call 'System.getProperty(...)'"
        + " (only Vitae's builder methods and static methods whose source is compiled with the"
        + " CV are run) " + ALLOWED);
  }

  @Test
  void mutableFieldsAreNotEvaluated() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;

        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;

        class Jane {
          static String name = "Jane";

          @Cv static Resume jane() {
            return Vitae.cv().basics(b -> b.name(name)).build();
          }
        }
        """));
    assertError(compilation, 10, 42, "[vitae:not-evaluable] 'name' (a field that is not static"
        + " final, so its value may change) " + ALLOWED);
  }

  @Test
  void loopsOtherThanForEachAreNotEvaluated() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> { b.name("Jane"); for (;;) { b.label("x"); } })
            .build()"""));
    assertError(compilation, 8, 42,
        "[vitae:not-evaluable] 'for (; ; ) { b.label(\"x\"); }' (for loop) " + ALLOWED);
  }

  @Test
  void aFailingDslCallIsBlamedOnTheCall() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane")).section(Vitae.text("Talks",
                Translation.of(null, "x")), s -> s.entry(e -> e.title("x")))
            .build()"""));
    assertError(compilation, 9, 9, "[vitae:not-evaluable] 'Translation.of(...)', which failed"
        + " with java.lang.NullPointerException: language, " + ALLOWED);
  }

  @Test
  void codeWithCompileErrorsGetsOnlyJavacsOwnError() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name(undefinedName))
            .build()"""));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }
}
