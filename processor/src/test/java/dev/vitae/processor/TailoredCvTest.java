package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.vitae.processor.RulesTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Variants and private parts at compile time: every rule runs on each variant as printed, its
 * problems at the source; marks are checked; each variant and audience gets its outputs, and
 * the outputs of each match their golden files.
 */
class TailoredCvTest {

  @TempDir
  Path output;

  /** {@code Jane.java} with variants INDUSTRY and ACADEMIC; {@code chain} starts on line 11. */
  static JavaFileObject tailored(String chain) {
    return JavaFileObjects.forSourceString("test.Jane", """
        package test;

        import static dev.vitae.dsl.Marks.*; import static test.Jane.Track.*; import static dev.vitae.dsl.model.SectionKind.*; import static dev.vitae.dsl.model.SectionName.titled;
        import dev.vitae.dsl.*;
        import dev.vitae.dsl.model.*;

        class Jane {
          enum Track implements Variant { INDUSTRY, ACADEMIC }
          enum Other implements Variant { INDUSTRY }

          @Cv static Resume jane() { return
        """ + chain + "\n;}}\n");
  }

  @Test
  void aTagNamingAVariantTheCvDoesNotDeclareIsAnErrorAtTheTag() {
    Compilation compilation = CvSources.compile(tailored("""
        Vitae.cv().variants(Track.values())
            .basics(b -> b.name("Maria Keller").label("Engineer", only(Other.INDUSTRY)))
            .work(w -> w.name("Zalando SE").start(2020).ongoing().only(ACADEMIC))
            .build()"""));
    assertError(compilation, 13, 59, "[vitae:variant] Other.INDUSTRY is not a variant of this"
        + " CV, which declares Track.INDUSTRY, Track.ACADEMIC; name one of them, or declare it"
        + " in .variants(...)");
  }

  @Test
  void aMarkInACvWithoutVariantsIsAnErrorAtTheVariant() {
    Compilation compilation = CvSources.compile(tailored("""
        Vitae.cv()
            .basics(b -> b.name("Maria Keller"))
            .work(w -> w.name("Zalando SE").start(2020).ongoing().only(ACADEMIC))
            .build()"""));
    assertError(compilation, 14, 64, "[vitae:variant] only(Track.ACADEMIC) names a variant, but"
        + " this CV declares none; declare them with .variants(Track.values()) after"
        + " Vitae.cv()");
  }

  @Test
  void aRequiredFieldMissingInOneVariantIsAnErrorNamingIt() {
    Compilation compilation = CvSources.compile(tailored("""
        Vitae.cv().variants(Track.values())
            .basics(b -> b.name("Maria Keller"))
            .work(w -> w.name("Zalando SE", only(INDUSTRY)).start(2020).ongoing())
            .build()"""));
    assertError(compilation, 14, 23, "[vitae:required] work[0]: name is missing; add"
        + " .name(\"...\") with the employer (in variant Track.ACADEMIC)");
  }

  @Test
  void aPrivateNameLeavesThePublicOutputsWithoutOne() {
    Compilation compilation = CvSources.compile(tailored("""
        Vitae.cv()
            .basics(b -> b.name("Maria Keller", privately()))
            .build()"""));
    assertError(compilation, 13, 25, "[vitae:required] basics: name is missing; add"
        + " .name(\"...\") with the person's full name (in the public outputs)");
  }

  @Test
  void twoVariantsThatPrintTheSameCvAreAWarningAtTheSecond() {
    Compilation compilation = CvSources.compile(tailored("""
        Vitae.cv().variants(INDUSTRY, ACADEMIC)
            .basics(b -> b.name("Maria Keller"))
            .build()"""));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[vitae:same-variant] variant Track.ACADEMIC"
        + " prints the same CV as Track.INDUSTRY; mark what belongs to one of them with"
        + " only(...), or drop one").inFile(compilation.sourceFiles().get(0))
        .onLine(12).atColumn(31);
  }

  @Test
  void aProblemOfAnEntryEveryVariantPrintsIsReportedOnceWithoutNamingVariants() {
    Compilation compilation = CvSources.compile(tailored("""
        Vitae.cv().variants(Track.values())
            .basics(b -> b.name("Maria Keller").label("Engineer", only(INDUSTRY)))
            .work(w -> w.name("Zalando SE").start(2021).end(2020))
            .build()"""));
    assertError(compilation, 14, 53, "[vitae:date-order] work \"Zalando SE\": end 2020 is"
        + " before start 2021");
  }

  @Test
  void anEntryThatMovesUpInAVariantIsReportedAtItsOwnSource() {
    Compilation compilation = CvSources.compile(tailored("""
        Vitae.cv().variants(Track.values())
            .basics(b -> b.name("Maria Keller"))
            .work(w -> w.name("TU Berlin").start(2010).end(2012).only(ACADEMIC))
            .work(w -> w.start(2021).ongoing().only(INDUSTRY))
            .build()"""));
    assertError(compilation, 15, 11, "[vitae:required] work[1]: name is missing; add"
        + " .name(\"...\") with the employer");
  }

  @Test
  void anItemAddedWithoutItsTranslationIsAnErrorAtItsCall() {
    Compilation compilation = CvSources.compile(tailored("""
        Vitae.cv("en", "de").variants(Track.values())
            .basics(b -> b.name("Maria Keller", inEveryLanguage()))
            .skill(s -> s.name("Backend", inEveryLanguage())
                .keyword("Kotlin", inEveryLanguage()).keyword("Elm", only(ACADEMIC)))
            .build()"""));
    assertError(compilation, 15, 55, "[vitae:missing-translation] skill[0].keyword[1] \"Elm\""
        + " has no de text; add de(\"...\") to the call, or declare .fallback(\"de\", \"en\")");
  }

  /** Work for every variant and a publication for ACADEMIC on lines 12 to 15; then {@code orders}. */
  private static JavaFileObject withOrder(String orders) {
    return tailored("""
        Vitae.cv().variants(Track.values())
            .basics(b -> b.name("Maria Keller"))
            .work(w -> w.name("Zalando SE").start(2020).ongoing())
            .publication(p -> p.name("Fast Checkout").date(2022).only(ACADEMIC))
        """ + orders + "\n    .build()");
  }

  @Test
  void aSectionNamedTwiceOrMissingFromTheCvIsAnErrorWhereTheOrderNamesIt() {
    Compilation compilation = CvSources.compile(withOrder(
        "    .order(only(ACADEMIC), PUBLICATIONS, WORK, PUBLICATIONS)\n"
        + "    .order(only(INDUSTRY), titled(\"Teaching\"), PUBLICATIONS)"));
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[vitae:order] PUBLICATIONS is named twice in"
        + " this order; name each section once")
        .inFile(compilation.sourceFiles().get(0)).onLine(16).atColumn(48);
    assertThat(compilation).hadErrorContaining("[vitae:order] this CV has no section"
        + " titled(\"Teaching\"); its sections are WORK, PUBLICATIONS")
        .inFile(compilation.sourceFiles().get(0)).onLine(17).atColumn(28);
  }

  @Test
  void aSectionTheVariantDoesNotPrintIsAnErrorWhereTheOrderNamesIt() {
    Compilation compilation = CvSources.compile(withOrder("    .order(only(INDUSTRY), WORK, PUBLICATIONS)"));
    assertError(compilation, 16, 34, "[vitae:order] variant Track.INDUSTRY does not print"
        + " PUBLICATIONS: every part of it is for other variants; leave it out of this order");
  }

  @Test
  void anOrderIsMarkedForVariantsOnly() {
    Compilation compilation = CvSources.compile(withOrder("    .order(privately(), PUBLICATIONS)"));
    assertError(compilation, 16, 12, "[vitae:variant] an order of sections is chosen for"
        + " variants: give it only(...) naming them");
  }

  @Test
  void anOrderThatChangesNothingIsAWarningAtItsMark() {
    Compilation compilation = CvSources.compile(withOrder("    .order(only(ACADEMIC), WORK)"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[vitae:same-variant] this order is the order"
        + " the sections are written in for Track.ACADEMIC; it changes nothing, drop it")
        .inFile(compilation.sourceFiles().get(0)).onLine(16).atColumn(12);
  }

  @Test
  void eachVariantAndAudienceHasItsOwnOutputsMatchingTheirGoldenFiles() throws IOException {
    // the text formats only: the PDFs are read back in the canary test
    Compilation compilation = Compiler.javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output, "-Avitae.pdf=none")
        .compile(JavaFileObjects.forSourceString("test.Tailored", TAILORED));
    assertThat(compilation).succeededWithoutWarnings();
    List<String> written;
    try (Stream<Path> files = Files.walk(output.resolve("maria"))) {
      written = files.filter(Files::isRegularFile)
          .map(file -> OutputFiles.relative(output, file)).sorted().toList();
    }
    // the phone and a reference are private in every variant: each has a private set
    assertEquals(3 * 2 * 5, written.size(), written::toString);
    for (String file : written) {
      assertTrue(file.startsWith("maria/"), file);
      assertMatchesGolden("tailored/" + file.substring("maria/".length()),
          Files.readString(output.resolve(file), StandardCharsets.UTF_8));
    }
    assertTrue(written.contains("maria/industry/private/maria.json"));
    assertTrue(written.contains("maria/teaching/maria.txt"));
  }

  /**
   * Compares an output with its golden file under src/test/resources/golden, byte for byte;
   * {@code -Dvitae.updateGolden=true} rewrites it, for its diff to be read like code.
   */
  private static void assertMatchesGolden(String name, String actual) throws IOException {
    Path golden = Path.of("src", "test", "resources", "golden").resolve(name);
    if (Boolean.getBoolean("vitae.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        () -> name + " differs; if the change is intended, rerun with"
            + " -Dvitae.updateGolden=true and review the diff");
  }

  /**
   * A CV with three variants, a label and a heading of their own for some, entries and
   * bullets for some only, a private phone and reference, and an order of sections, a paper
   * and a font size of their own for some.
   */
  static final String TAILORED = """
      package test;

      import static dev.vitae.dsl.Marks.*;
      import static dev.vitae.dsl.Translations.*;
      import static test.Tailored.Track.*;

      import dev.vitae.dsl.*;
      import dev.vitae.dsl.model.*;

      class Tailored {
        enum Track implements Variant { INDUSTRY, ACADEMIC, TEACHING }

        @Cv("maria") static Resume maria() {
          return Vitae.cv().variants(Track.values())
              .label("en", Label.WORK, "Teaching and research", only(ACADEMIC))
              .basics(b -> b.name("Maria Keller")
                  .label("Staff Engineer", only(INDUSTRY))
                  .label("Research Engineer", only(ACADEMIC, TEACHING))
                  .email("maria@keller.dev").phone("+49 30 1234567", privately())
                  .location(l -> l.city("Berlin").countryCode("DE")))
              .work(w -> w.name("Zalando SE").position("Staff Engineer").start(2021).ongoing()
                  .highlight("Cut checkout latency by 40%", only(INDUSTRY))
                  .highlight("Mentored six engineers"))
              .work(w -> w.only(ACADEMIC, TEACHING).name("TU Berlin")
                  .position("Teaching assistant").start(2016).end(2020)
                  .highlight("Compilers course, 300 students", h -> h.only(TEACHING)))
              .publication(p -> p.only(ACADEMIC).name("Fast Checkout").date(2022))
              .reference(r -> r.privately().name("Prof. Anna Roth").reference("Ask me."))
              .order(only(ACADEMIC), SectionKind.PUBLICATIONS)
              .style(s -> s.paper(Paper.LETTER, only(INDUSTRY)).fontSize(10, only(ACADEMIC)))
              .build();
        }
      }
      """;
}
