package dev.vitae.dsl.tailor;

import static dev.vitae.dsl.Marks.inEveryLanguage;
import static dev.vitae.dsl.Marks.only;
import static dev.vitae.dsl.Marks.privately;
import static dev.vitae.dsl.tailor.TailorTest.Track.ACADEMIC;
import static dev.vitae.dsl.tailor.TailorTest.Track.INDUSTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.ResumeBuilder;
import dev.vitae.dsl.Translations;
import dev.vitae.dsl.Variant;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Tailoring;
import dev.vitae.dsl.model.Theme;
import dev.vitae.dsl.model.VariantKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model of each variant, public and private, made from one source. */
class TailorTest {

  enum Track implements Variant { INDUSTRY, ACADEMIC }

  enum Other implements Variant { INDUSTRY }

  private static final VariantKey INDUSTRY_KEY = new VariantKey(Track.class.getName(), "INDUSTRY");
  private static final VariantKey ACADEMIC_KEY = new VariantKey(Track.class.getName(), "ACADEMIC");

  private static ResumeBuilder tailored() {
    return Vitae.cv().variants(Track.values())
        .basics(b -> b.name("Maria Keller").label("Engineer", only(INDUSTRY))
            .phone("+49 30 1234567", privately()).email("maria@keller.dev"))
        .section("Teaching", s -> s.only(ACADEMIC)
            .entry(e -> e.title("Compilers").start(2020)))
        .work(w -> w.only(ACADEMIC).name("TU Berlin").start(2018).end(2020))
        .work(w -> w.name("Zalando SE").start(2020).ongoing()
            .highlight("Shipped the checkout", only(INDUSTRY))
            .highlight("Taught the team Rust"))
        .section("Patents", s -> s.entry(e -> e.title("Scheduling").only(INDUSTRY).start(2021)));
  }

  @Test
  void eachVariantPrintsItsOwnPartsAndTheSharedOnes() {
    Resume cv = tailored().build();
    Resume industry = Tailor.cut(cv, new Cut(INDUSTRY_KEY, false)).cv();
    assertEquals(List.of("Zalando SE"), industry.work().stream().map(w -> w.name().value()).toList());
    assertEquals(2, industry.work().get(0).highlights().size());
    assertEquals("Engineer", industry.basics().label().value());
    assertEquals(List.of("Patents"), industry.sections().stream().map(s -> s.title().value()).toList());
    assertEquals(List.of(SectionRef.of(SectionKind.WORK), SectionRef.custom(0)), industry.order());
    assertEquals(Tailoring.NONE, industry.tailoring());

    Resume academic = Tailor.cut(cv, new Cut(ACADEMIC_KEY, false)).cv();
    assertEquals(List.of("TU Berlin", "Zalando SE"),
        academic.work().stream().map(w -> w.name().value()).toList());
    assertEquals(List.of("Taught the team Rust"), academic.work().get(1).highlights().stream()
        .map(h -> h.text().value()).toList());
    assertNull(academic.basics().label());
    // Patents has no entry left in the academic CV: the section goes, Teaching stays
    assertEquals(List.of("Teaching"), academic.sections().stream().map(s -> s.title().value()).toList());
    assertEquals(List.of(SectionRef.custom(0), SectionRef.of(SectionKind.WORK)), academic.order());
  }

  @Test
  void privatePartsAreOnlyInThePrivateOutputs() {
    Resume cv = tailored().build();
    assertEquals(List.of(new Cut(INDUSTRY_KEY, false), new Cut(INDUSTRY_KEY, true),
        new Cut(ACADEMIC_KEY, false), new Cut(ACADEMIC_KEY, true)), Tailor.cuts(cv));
    assertNull(Tailor.cut(cv, new Cut(INDUSTRY_KEY, false)).cv().basics().phone());
    assertEquals("+49 30 1234567",
        Tailor.cut(cv, new Cut(INDUSTRY_KEY, true)).cv().basics().phone());
    assertEquals("industry/private/", new Cut(INDUSTRY_KEY, true).folder());
  }

  @Test
  void pathsOfAVariantLeadBackToTheSource() {
    Tailored industry = Tailor.cut(tailored().build(), new Cut(INDUSTRY_KEY, false));
    assertEquals(Path.parse("work[1].highlight[0]"),
        industry.sourceOf(Path.parse("work[0].highlight[0]")));
    assertEquals(Path.parse("section[1].entry[0].start"),
        industry.sourceOf(Path.parse("section[0].entry[0].start")));
  }

  @Test
  void aRequiredFieldMissingInOneVariantNamesThatVariant() {
    List<String> problems = Vitae.cv().variants(Track.values())
        .basics(b -> b.name("Maria Keller"))
        .work(w -> w.name("Zalando SE", only(INDUSTRY)).start(2020).ongoing())
        .check().stream().map(Problem::toString).toList();
    assertEquals(List.of("work[0].name: [vitae:required] work[0]: name is missing; add"
        + " .name(\"...\") with the employer (in variant Track.ACADEMIC)"), problems);
  }

  @Test
  void aVariantTheCvDoesNotDeclareIsAnError() {
    List<String> problems = Vitae.cv().variants(Track.values())
        .basics(b -> b.name("Maria Keller").label("Engineer", only(Other.INDUSTRY)))
        .work(w -> w.name("Zalando SE").start(2020).ongoing().only(ACADEMIC))
        .check().stream().map(Problem::toString).toList();
    assertEquals(List.of("basics.label.translations[0]: [vitae:variant] Other.INDUSTRY is not a"
        + " variant of this CV, which declares Track.INDUSTRY, Track.ACADEMIC; name one of them,"
        + " or declare it in .variants(...)"), problems);
  }

  @Test
  void aMarkWithoutDeclaredVariantsIsAnError() {
    List<String> problems = Vitae.cv().basics(b -> b.name("Maria Keller"))
        .work(w -> w.name("Zalando SE").start(2020).ongoing().only(ACADEMIC))
        .check().stream().map(Problem::toString).toList();
    assertEquals(List.of("work[0].only: [vitae:variant] only(Track.ACADEMIC) names a variant,"
        + " but this CV declares none; declare them with .variants(Track.values()) after"
        + " Vitae.cv()"), problems);
  }

  @Test
  void twoVariantsThatPrintTheSameAreAWarning() {
    List<String> problems = Vitae.cv().variants(Track.values())
        .basics(b -> b.name("Maria Keller"))
        .check().stream().map(Problem::toString).toList();
    assertEquals(List.of("variants[1]: [vitae:same-variant] variant Track.ACADEMIC prints the"
        + " same CV as Track.INDUSTRY; mark what belongs to one of them with only(...), or drop"
        + " one"), problems);
  }

  @Test
  void aNameTheSameInEveryLanguageNeedsNoTranslationWhileOthersStillDo() {
    List<String> problems = Vitae.cv("en", "de")
        .basics(b -> b.name("Maria Keller", inEveryLanguage()).label("Engineer"))
        .check().stream().map(Problem::toString).toList();
    assertEquals(List.of("basics.label: [vitae:missing-translation] basics.label \"Engineer\""
        + " has no de text; add de(\"...\") to the call, or declare .fallback(\"de\", \"en\")"),
        problems);
    Resume cv = Vitae.cv("en", "de")
        .basics(b -> b.name("Maria Keller", inEveryLanguage())
            .label("Engineer", Translations.de("Ingenieurin")))
        .build();
    Resume printed = Tailor.cut(cv, Tailor.cuts(cv).get(0)).cv();
    assertEquals("Maria Keller", printed.basics().name().in("de"));
    assertTrue(printed.basics().name().has("de"));
  }

  @Test
  void aVariantMayChooseItsOwnThemeAndAccentWhileTheOthersKeepTheCvs() {
    Resume cv = Vitae.cv().variants(Track.values())
        .basics(b -> b.name("Maria Keller").label("Engineer", only(INDUSTRY)))
        .style(s -> s.theme(Theme.MODERN).accent("#1d4ed8")
            .theme(Theme.CLASSIC, only(ACADEMIC)).accent("#b91c1c", only(ACADEMIC)))
        .build();
    Resume industry = Tailor.cut(cv, new Cut(INDUSTRY_KEY, false)).cv();
    Resume academic = Tailor.cut(cv, new Cut(ACADEMIC_KEY, false)).cv();
    assertEquals(Theme.MODERN, industry.style().builtInTheme());
    assertEquals("#1d4ed8", industry.style().accent());
    assertEquals(Theme.CLASSIC, academic.style().builtInTheme());
    assertEquals("#b91c1c", academic.style().accent());
  }
}
