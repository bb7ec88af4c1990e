package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fragments: builder code kept outside a @Cv method (static methods with parameters, static
 * final fields, method references, lambdas in variables) in any source file of the
 * compilation, run with the CV; and what a @Cv method may compute with.
 */
class FragmentsTest {

  @TempDir
  Path output;

  /** Parts.java: the fragments; its first line is line 1. */
  private static JavaFileObject parts(String skill) {
    return JavaFileObjects.forSourceString("test.Parts", """
        package test;

        import dev.vitae.dsl.*;
        import java.util.List;
        import java.util.function.Consumer;

        public final class Parts {
          public static final Consumer<WorkBuilder> N26 =
              w -> w.name("N26").position("Engineer").start(2016).end(2018);

          static Consumer<WorkBuilder> job(String name, int year) {
            return w -> w.name(name).start(year).end(year + 2);
          }

          static void siemens(WorkBuilder w) {
            w.name("Siemens").location("Berlin").start(2014).end(2016);
          }

          static ResumeBuilder skills(ResumeBuilder cv, boolean academic) {
            for (String name : List.of("Java", "%s")) {
              cv.skill(s -> s.name(name).level(academic ? "Taught" : "Shipped"));
            }
            if (academic) {
              cv.skill(s -> s.name("LaTeX"));
            } else {
              cv.skill(s -> s.name("Kubernetes"));
            }
            return cv;
          }

          static void contact(BasicsBuilder b) {
            b.email("maria@");
          }
        }
        """.formatted(skill));
  }

  /** Jane.java: two CVs that share the fragments of Parts. */
  private static final JavaFileObject JANE = JavaFileObjects.forSourceString("test.Jane", """
      package test;

      import dev.vitae.dsl.*;
      import dev.vitae.dsl.model.*;
      import java.util.function.Consumer;

      class Jane {
        @Cv("industry") static Resume industry() {
          Consumer<WorkBuilder> munich = w -> w.location("Munich");
          long start = 2018L;
          int shift = -1;
          return Parts.skills(Vitae.cv(), false)
              .basics(b -> b.name("Maria Keller"))
              .work(Parts.N26.andThen(munich))
              .work(Parts.job("Zalando SE", 2018 + shift + 1))
              .work(w -> Parts.job("Tencent", start > 2017L ? 2020 : 1990).accept(w))
              .work(Parts::siemens)
              .build();
        }

        @Cv("academic") static Resume academic() {
          String[] courses = {"Compilers", "Databases"};
          return Parts.skills(Vitae.cv(), true)
              .basics(b -> b.name("Maria Keller"))
              .education(e -> {
                e.institution("TU Berlin");
                for (String course : courses) {
                  e.courses(course);
                }
              })
              .build();
        }
      }
      """);

  @Test
  void fragmentsInAnotherFileRunWithTheirArgumentsAndControlFlow() throws IOException {
    Compilation compilation = compile(parts("Rust"), JANE);
    assertThat(compilation).succeededWithoutWarnings();
    String industry = read("industry/industry.txt");
    assertTrue(industry.contains("Java: Shipped"), industry);
    assertTrue(industry.contains("Kubernetes"), industry);
    assertTrue(industry.contains("N26"), industry);
    assertTrue(industry.contains("Munich"), industry);
    assertTrue(industry.contains("Zalando SE") && industry.contains("2018 – 2020"), industry);
    assertTrue(industry.contains("Tencent") && industry.contains("2020 – 2022"), industry);
    assertTrue(industry.contains("Siemens"), industry);
    String academic = read("academic/academic.txt");
    assertTrue(academic.contains("Rust: Taught") && academic.contains("LaTeX"), academic);
    assertTrue(academic.contains("Databases"), academic);
  }

  @Test
  void oneEditOfAFragmentChangesEveryCvThatUsesIt() throws IOException {
    assertThat(compile(parts("Rust"), JANE)).succeeded();
    assertTrue(read("industry/industry.json").contains("\"Rust\""));
    assertTrue(read("academic/academic.json").contains("\"Rust\""));
    assertThat(compile(parts("Go"), JANE)).succeeded();
    for (String file : List.of("industry/industry.json", "academic/academic.json")) {
      assertTrue(read(file).contains("\"Go\"") && !read(file).contains("\"Rust\""), file);
    }
  }

  @Test
  void aProblemInAFragmentIsReportedOnceAtTheFragmentNamingTheCvs() {
    JavaFileObject both = JavaFileObjects.forSourceString("test.Both", """
        package test;

        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;

        class Both {
          @Cv("one") static Resume one() {
            return Vitae.cv().basics(b -> Parts.contact(b.name("One"))).build();
          }

          @Cv("two") static Resume two() {
            return Vitae.cv().basics(Parts::contact).basics(b -> b.name("Two")).build();
          }
        }
        """);
    Compilation compilation = compile(parts("Rust"), both);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[vitae:email] basics: email \"maria@\" is not"
        + " an e-mail address; write it as name@example.com (in a fragment, for the CVs"
        + " \"one\", \"two\")").inFile(compilation.sourceFiles().get(0)).onLine(32)
        .atColumn(13);
  }

  @Test
  void aFragmentCompiledElsewhereGetsOneErrorSayingHowToShareIt() throws IOException {
    Compilation library = Compiler.javac().compile(parts("Rust"));
    assertThat(library).succeeded();
    Path classes = output.resolve("library");
    for (JavaFileObject file : library.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(file.getName().replaceFirst("^/?CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    Compilation compilation = Compiler.javac().withProcessors(new VitaeProcessor())
        .withClasspath(classpathWith(classes))
        .compile(CvSources.cv("""
            Vitae.cv().basics(b -> b.name("Maria")).work(Parts.job("N26", 2016))
                .build()"""));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[vitae:not-evaluable] 'test.Parts.job' is"
        + " compiled elsewhere (in a jar or another module), so its source cannot be run while"
        + " the CV compiles; share a fragment as source instead: put its class in this"
        + " module's sources, or add its folder to them (a second source root, e.g. with"
        + " build-helper-maven-plugin)").inFile(compilation.sourceFiles().get(0)).onLine(8)
        .atColumn(46);
  }

  /** The test's own class path, where Vitae is, and the compiled fragments. */
  private static List<File> classpathWith(Path classes) {
    List<File> path = new ArrayList<>();
    path.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      path.add(new File(entry));
    }
    return path;
  }

  private Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output.resolve("cv")).compile(sources);
  }

  private String read(String file) throws IOException {
    return Files.readString(output.resolve("cv").resolve(file), StandardCharsets.UTF_8);
  }
}
