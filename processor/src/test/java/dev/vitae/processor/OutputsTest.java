package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.dsl.Translations.de;
import static java.time.Month.FEBRUARY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Generators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the processor writes: every format, as the generators render it, all or nothing. */
class OutputsTest {

  private static final JavaFileObject VALID = cv("""
      Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@janedoe.dev"))
          .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing())
          .build()""");

  @TempDir Path output;

  @Test
  void writesEveryFormatIntoTheOutputOption() throws IOException {
    Compilation compilation = compileInto(output, new VitaeProcessor(), VALID);
    assertThat(compilation).succeededWithoutWarnings();
    for (Generator generator : Generators.all()) {
      Path file = output.resolve("jane/jane." + generator.extension());
      assertTrue(Files.isRegularFile(file), file + " was not written");
      assertTrue(Files.readString(file).contains("Jane Doe"), file + " lacks the name");
    }
  }

  /**
   * The processor evaluates the CV inside javac; what it writes is, byte for byte, what the
   * generators render from the same CV built at run time. (That the generators give the same
   * bytes every time is what their golden files prove.)
   */
  @Test
  void writesWhatTheGeneratorsRenderFromTheSameCvBuiltAtRunTime() throws IOException {
    compileInto(output, new VitaeProcessor(), VALID);
    Resume cv = Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@janedoe.dev"))
        .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing())
        .build();
    for (Generator generator : Generators.all()) {
      Path file = output.resolve("jane/jane." + generator.extension());
      assertArrayEquals(generator.render(cv).getBytes(StandardCharsets.UTF_8),
          Files.readAllBytes(file), file.toString());
    }
  }

  @Test
  void anInvalidCvRemovesTheOutputsOfItsValidPast() throws IOException {
    compileInto(output, new VitaeProcessor(), VALID);
    Compilation broken = compileInto(output, new VitaeProcessor(), cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@"))
            .build()"""));
    assertThat(broken).failed();
    assertEquals(List.of(), files(output));
  }

  @Test
  void aFailingFormatLeavesNoFileAndBecomesOneClearError() throws IOException {
    Generator failing = new Generator() {
      @Override
      public String extension() {
        return "broken";
      }

      @Override
      public String render(Resume cv, String language) {
        throw new IllegalStateException("boom");
      }
    };
    List<Generator> formats = Stream.concat(Generators.all().stream(), Stream.of(failing))
        .toList();
    Compilation compilation = compileInto(output, new VitaeProcessor(formats), VALID);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[vitae:internal] internal error in Vitae,"
        + " please report: java.lang.IllegalStateException: boom");
    assertEquals(List.of(), files(output));
  }

  @Test
  void withoutTheOptionOutputsGoToTheClassOutput() {
    Compilation compilation = CvSources.compile(VALID);
    assertThat(compilation).succeeded();
    for (Generator generator : Generators.all()) {
      assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "",
          "cv/jane/jane." + generator.extension());
    }
  }

  @Test
  void theCvAnnotationNamesTheOutputs() {
    Compilation compilation = CvSources.compile(JavaFileObjects.forSourceString("test.Jane", """
        package test;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;
        class Jane {
          @Cv("jane-doe") static Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
          }
        }
        """));
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "cv/jane-doe/jane-doe.json");
  }

  @Test
  void aCvThatDropsALanguageLosesItsFilesInThatLanguage() throws IOException {
    compileInto(output, new VitaeProcessor(), cv("""
        Vitae.cv("en", "de").basics(b -> b.name("Jane Doe", de("Jana Doe"))).build()"""));
    Files.writeString(output.resolve("jane/jane.pdf"), "made by xelatex, not by Vitae");
    Compilation compilation = compileInto(output, new VitaeProcessor(), VALID);
    assertThat(compilation).succeeded();
    List<Path> expected = new java.util.ArrayList<>(Generators.all().stream()
        .map(generator -> output.resolve("jane/jane." + generator.extension())).toList());
    expected.add(output.resolve("jane/jane.pdf"));
    assertEquals(expected.stream().sorted().toList(), files(output));
  }

  @Test
  void javacErrorsElsewhereInTheSourceFileRemoveTheOutputsAndWriteNone() throws IOException {
    compileInto(output, new VitaeProcessor(), VALID);
    Compilation compilation = compileInto(output, new VitaeProcessor(),
        JavaFileObjects.forSourceString("test.Jane", """
            package test;
            import dev.vitae.dsl.*;
            import dev.vitae.dsl.model.*;
            class Jane {
              @Cv static Resume jane() {
                return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
              }
              int broken() { return "not a number"; }
            }
            """));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("incompatible types");
    assertEquals(List.of(), files(output));
  }

  @Test
  void aSetThatCannotBeWrittenCompletelyLeavesNoneOfTheCvsFiles() throws IOException {
    Files.createDirectories(output.resolve("jane/jane.json")); // a folder where a file goes
    Files.writeString(output.resolve("jane/jane.de.html"), "an earlier set");
    Compilation compilation = compileInto(output, new VitaeProcessor(), VALID);
    assertThat(compilation).hadErrorContaining("[vitae:output] cannot write the outputs of"
        + " jane");
    assertEquals(List.of(), files(output));
  }

  @Test
  void aCvFolderLinkedOutsideTheOutputFolderIsNeverWritten(@TempDir Path elsewhere)
      throws IOException {
    Files.createSymbolicLink(output.resolve("jane"), elsewhere);
    Compilation compilation = compileInto(output, new VitaeProcessor(), VALID);
    assertThat(compilation).hadErrorContaining("would be outside the output folder");
    assertEquals(List.of(), files(elsewhere));
  }

  private static Compilation compileInto(
      Path directory, VitaeProcessor processor, JavaFileObject source) {
    return javac().withProcessors(processor)
        .withOptions("-Avitae.output=" + directory)
        .compile(source);
  }

  private static List<Path> files(Path directory) {
    return HostileCompiler.files(directory);
  }
}
