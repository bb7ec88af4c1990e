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
 * Each compilation keeps an index of what it wrote, so a CV renamed or removed loses its old
 * outputs, while CVs of source files the compilation did not see keep theirs.
 */
class OutputIndexTest {

  @TempDir Path output;

  private static JavaFileObject jane(String... cvNames) {
    StringBuilder methods = new StringBuilder();
    for (String name : cvNames) {
      methods.append("""
            @Cv("%s") static Resume m%d() {
              return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
            }
          """.formatted(name, methods.length()));
    }
    return JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        final class Jane {
        %s}
        """.formatted(methods));
  }

  private static final JavaFileObject OTHER = JavaFileObjects.forSourceString("test.Other", """
      package test;
      import dev.vitae.dsl.*;
      import dev.vitae.dsl.model.*;
      final class Other {
        @Cv("other") static Resume other() {
          return Vitae.cv().basics(b -> b.name("Max Doe")).build();
        }
      }
      """);

  @Test
  void aRenamedCvLeavesNoOutputsUnderItsOldName() throws IOException {
    assertThat(compile(jane("jane"))).succeeded();
    assertEquals(List.of("jane"), folders());
    assertThat(compile(jane("jane-doe"))).succeeded();
    assertEquals(List.of("jane-doe"), folders());
    assertEquals("jane-doe\ttest/Jane.java\n",
        Files.readString(output.resolve(OutputIndex.FILE)));
  }

  @Test
  void aRemovedCvLosesItsOutputsAndItsFolderWhileItsNeighbourKeepsTheirs() throws IOException {
    assertThat(compile(jane("jane", "janet"))).succeeded();
    assertEquals(List.of("jane", "janet"), folders());
    assertThat(compile(jane("janet"))).succeeded();
    assertEquals(List.of("janet"), folders());
  }

  @Test
  void aSourceFileTheCompilationDidNotSeeKeepsItsCvs() throws IOException {
    assertThat(compile(jane("jane"), OTHER)).succeeded();
    assertThat(compile(jane("jane-doe"))).succeeded(); // Other.java not compiled this time
    assertEquals(List.of("jane-doe", "other"), folders());
  }

  @Test
  void aDeletedSourceFileLosesItsCvs(@TempDir Path sources) throws IOException {
    Path file = sources.resolve("Other.java");
    Files.writeString(file, OTHER.getCharContent(true));
    assertThat(compile(jane("jane"), JavaFileObjects.forResource(file.toUri().toURL())))
        .succeeded();
    assertEquals(List.of("jane", "other"), folders());
    Files.delete(file);
    assertThat(compile(jane("jane"))).succeeded();
    assertEquals(List.of("jane"), folders());
  }

  @Test
  void aFailedCompilationLeavesTheIndexAsItWas() throws IOException {
    assertThat(compile(jane("jane"))).succeeded();
    String index = Files.readString(output.resolve(OutputIndex.FILE));
    assertThat(compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        final class Jane {
          @Cv("jane-doe") static Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@")).build();
          }
        }
        """))).failed();
    assertEquals(index, Files.readString(output.resolve(OutputIndex.FILE)));
  }

  private Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output).compile(sources);
  }

  private List<String> folders() throws IOException {
    try (Stream<Path> children = Files.list(output)) {
      return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList();
    }
  }
}
