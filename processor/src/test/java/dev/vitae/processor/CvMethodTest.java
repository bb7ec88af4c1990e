package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
