package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler.CompilationTask;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of @Cv methods, their names, and compilers without the javac tree API. */
class CvMethodTest {

  @Test
  void aCvMethodMustBeStaticWithoutParameters() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          @Cv Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
          }
        }
        """));
    assertThat(compilation).hadErrorContaining("[vitae:cv-method] a @Cv method must be static,"
        + " take no parameters and return dev.vitae.dsl.model.Resume: write static Resume"
        + " jane()").inFile(compilation.sourceFiles().get(0)).onLine(5).atColumn(14);
  }

  @Test
  void twoCvsCannotShareOutputNames() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          @Cv("cv") static Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
          }
          @Cv("cv") static Resume janeShort() {
            return Vitae.cv().basics(b -> b.name("Jane")).build();
          }
        }
        """));
    assertThat(compilation).hadErrorContaining("[vitae:duplicate-name] another @Cv method"
        + " (test.Jane.jane) already writes the outputs named \"cv\"; give this one its own"
        + " name with @Cv(\"...\")").inFile(compilation.sourceFiles().get(0)).onLine(8);
  }

  @Test
  void twoNamesThatDifferOnlyInCaseAreOneFolderOnSomeSystems() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          @Cv("Jane") static Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
          }
          @Cv("jane") static Resume janeShort() {
            return Vitae.cv().basics(b -> b.name("Jane")).build();
          }
        }
        """));
    assertThat(compilation).hadErrorContaining("[vitae:duplicate-name] another @Cv method"
        + " (test.Jane.jane) already writes the outputs named \"Jane\", which differs from"
        + " \"jane\" only in case (one folder on macOS and Windows); give this one its own"
        + " name with @Cv(\"...\")").inFile(compilation.sourceFiles().get(0)).onLine(8);
  }

  @Test
  void theEclipseCompilerGetsAWarningThatBodiesAreNotChecked(@TempDir Path directory)
      throws IOException {
    Path source = directory.resolve("Jane.java");
    Files.writeString(source, """
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          @Cv static Resume jane() {
            return Vitae.cv().basics(b -> b.email("not checked")).build();
          }
        }
        """);
    StringWriter messages = new StringWriter();
    PrintWriter printer = new PrintWriter(messages);
    boolean compiled = BatchCompiler.compile(new String[] {
        "--release", "17", "-proc:only",
        "-classpath", System.getProperty("java.class.path"),
        "-processor", VitaeProcessor.class.getName(),
        "-d", directory.toString(), source.toString()}, printer, printer, null);
    printer.flush();
    assertTrue(compiled, messages.toString());
    assertTrue(messages.toString().contains("[vitae:unchecked] this compiler's processing"
        + " environment (org.eclipse.jdt."), messages.toString());
    assertTrue(messages.toString().contains(") gives no access to the javac tree API, so the"
        + " body of this @Cv method is not checked and no outputs are written; build with"
        + " javac (e.g. Maven) to check it"), messages.toString());
  }

  @Test
  void nativeAndAbstractMethodsAreCvMethodErrors() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        abstract class Jane {
          @Cv static native Resume jane();
          @Cv("j") abstract Resume janet();
        }
        """));
    assertThat(compilation).hadErrorContaining("[vitae:cv-method] a @Cv method needs a body"
        + " that builds the CV, so it cannot be native").inFile(compilation.sourceFiles().get(0))
        .onLine(5).atColumn(28);
    assertThat(compilation).hadErrorContaining("[vitae:cv-method] a @Cv method needs a body"
        + " that builds the CV, so it cannot be abstract").inFile(compilation.sourceFiles().get(0))
        .onLine(6).atColumn(28);
  }

  @Test
  void cvMethodsInLocalAndAnonymousClassesAreErrors() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          static Object o = new Object() { @Cv Resume jane() { return null; } };
          static void m() { class L { @Cv static Resume janet() { return null; } } }
        }
        """));
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[vitae:cv-method] a @Cv method must be in a"
        + " top-level or member class; Vitae cannot reach one in an anonymous class")
        .inFile(compilation.sourceFiles().get(0)).onLine(5);
    assertThat(compilation).hadErrorContaining("Vitae cannot reach one in a local class: move"
        + " janet() to a named class").inFile(compilation.sourceFiles().get(0)).onLine(6);
  }

  @Test
  void aNameThatIsAPathIsACvNameErrorAtTheValueAndWritesNothing(@TempDir Path base)
      throws IOException {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          @Cv("../../etc/x") static Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
          }
          @Cv("a\\0b") static Resume nul() {
            return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
          }
          @Cv static Resume con() {
            return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
          }
        }
        """);
    Compilation compilation = CvSources.compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[vitae:cv-name] \"../../etc/x\" cannot name a"
        + " CV's outputs: it contains a path separator '/' at index 2")
        .inFile(compilation.sourceFiles().get(0)).onLine(5).atColumn(7);
    assertThat(compilation).hadErrorContaining("[vitae:cv-name] \"a\\u0000b\" cannot name a"
        + " CV's outputs: it contains a NUL character at index 1")
        .inFile(compilation.sourceFiles().get(0)).onLine(8).atColumn(7);
    assertThat(compilation).hadErrorContaining("[vitae:cv-name] \"con\" cannot name a CV's"
        + " outputs: \"con\" is a reserved device name on Windows")
        .inFile(compilation.sourceFiles().get(0)).onLine(11);

    // The same source with a class output on disk (no vitae.output option): nothing anywhere.
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createDirectories(base.resolve("a/classes"));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      CompilationTask task = javac.getTask(null, files, diagnostic -> { }, List.of(), null,
          List.of(source));
      task.setProcessors(List.of(new VitaeProcessor()));
      assertFalse(task.call());
    }
    try (Stream<Path> walk = Files.walk(base)) {
      assertEquals(List.of(), walk.filter(Files::isRegularFile).toList());
    }
  }
}
