package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CV's mistake is reported at that CV only, and a failed compilation leaves no CV's outputs,
 * whichever class javac meets first: javac writes no class file after an error, so outputs
 * written for the files it met before would depend on the order of the sources.
 */
class CvIsolationTest {

  private static final JavaFileObject ALICE = source("Alice", """
      @Cv("alice") static Resume alice() {
        return Vitae.cv().basics(b -> b.name("Alice Doe")).build();
      }""");
  private static final JavaFileObject BROKEN = source("Bob", """
      @Cv("bob") static Resume bob() {
        return Vitae.cv().basics(b -> b.name("Bob Doe"))
            .work(w -> w.name("Tencent").start(2021, 13)).build();
      }""");
  private static final JavaFileObject DUPLICATE = source("Twins", """
      @Cv("twin") static Resume one() {
        return Vitae.cv().basics(b -> b.name("One Doe")).build();
      }
      @Cv("twin") static Resume other() {
        return Vitae.cv().basics(b -> b.name("Other Doe")).build();
      }""");

  @TempDir Path output;

  @Test
  void aValidCompilationWritesEveryCv() throws IOException {
    assertThat(compile(List.of(ALICE, source("Carol", """
        @Cv("carol") static Resume carol() {
          return Vitae.cv().basics(b -> b.name("Carol Doe")).build();
        }""")))).succeeded();
    assertEquals(List.of("alice/alice.html", "carol/carol.html"), htmlFiles());
  }

  @Test
  void anInvalidCvFailsTheCompilationWhicheverOrderJavacMeetsIt() throws IOException {
    for (List<JavaFileObject> order : List.of(List.of(ALICE, BROKEN), List.of(BROKEN, ALICE))) {
      Compilation compilation = compile(order);
      assertEquals(1, compilation.errors().size(), () -> "order " + order + ": "
          + compilation.errors());
      assertThat(compilation).hadErrorContaining("[vitae:date]").inFile(BROKEN);
      assertEquals(List.of(), htmlFiles(), "compiled in order " + order);
    }
  }

  @Test
  void aDuplicateNameIsReportedAtTheCvConcernedOnly() throws IOException {
    for (List<JavaFileObject> order
        : List.of(List.of(ALICE, DUPLICATE), List.of(DUPLICATE, ALICE))) {
      Compilation compilation = compile(order);
      assertEquals(1, compilation.errors().size(), () -> "order " + order + ": "
          + compilation.errors());
      assertThat(compilation).hadErrorContaining("[vitae:duplicate-name]").inFile(DUPLICATE);
      assertEquals(List.of(), htmlFiles(), "compiled in order " + order);
    }
  }

  private Compilation compile(List<JavaFileObject> sources) throws IOException {
    try (Stream<Path> old = Files.walk(output)) {
      old.sorted((a, b) -> b.compareTo(a)).filter(path -> !path.equals(output))
          .forEach(path -> path.toFile().delete());
    }
    return javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output)
        .compile(sources);
  }

  private List<String> htmlFiles() throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      return files.filter(file -> file.toString().endsWith(".html"))
          .map(file -> output.relativize(file).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  private static JavaFileObject source(String name, String methods) {
    return JavaFileObjects.forSourceString("test." + name, "package test;\n"
        + "import dev.vitae.dsl.*;\nimport dev.vitae.dsl.model.*;\n"
        + "class " + name + " {\n" + methods + "\n}\n");
  }
}
