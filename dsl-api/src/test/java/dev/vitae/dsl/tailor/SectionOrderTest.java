package dev.vitae.dsl.tailor;

import static dev.vitae.dsl.Marks.only;
import static dev.vitae.dsl.Marks.privately;
import static dev.vitae.dsl.model.SectionKind.CUSTOM;
import static dev.vitae.dsl.model.SectionKind.EDUCATION;
import static dev.vitae.dsl.model.SectionKind.PUBLICATIONS;
import static dev.vitae.dsl.model.SectionKind.SKILLS;
import static dev.vitae.dsl.model.SectionKind.WORK;
import static dev.vitae.dsl.model.SectionName.titled;
import static dev.vitae.dsl.tailor.SectionOrderTest.Track.ACADEMIC;
import static dev.vitae.dsl.tailor.SectionOrderTest.Track.INDUSTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vitae.dsl.ResumeBuilder;
import dev.vitae.dsl.Variant;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.VariantKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A variant's own order of sections, paper and font size. */
class SectionOrderTest {

  enum Track implements Variant { INDUSTRY, ACADEMIC }

  private static final VariantKey INDUSTRY_KEY = new VariantKey(Track.class.getName(), "INDUSTRY");
  private static final VariantKey ACADEMIC_KEY = new VariantKey(Track.class.getName(), "ACADEMIC");

  /** Work, a section for industry only, education, teaching for academia, publications. */
  private static ResumeBuilder written() {
    return Vitae.cv().variants(Track.values())
        .basics(b -> b.name("Maria Keller"))
        .work(w -> w.name("Zalando SE").start(2018).ongoing())
        .section("Patents", s -> s.only(INDUSTRY).entry(e -> e.title("Scheduling").start(2021)))
        .education(e -> e.institution("TU Berlin").start(2014).end(2018))
        .section("Teaching", s -> s.entry(e -> e.title("Compilers").start(2019)))
        .publication(p -> p.name("Fast schedules").only(ACADEMIC));
  }

  private static List<SectionRef> order(Resume cv, VariantKey variant) {
    return Tailor.cut(cv, new Cut(variant, false)).cv().order();
  }

  private static List<String> problems(ResumeBuilder cv) {
    return cv.check().stream().map(Problem::toString).toList();
  }

  @Test
  void theNamedSectionsComeFirstAndTheOthersKeepTheirOrder() {
    Resume cv = written()
        .order(only(ACADEMIC), PUBLICATIONS, titled("Teaching"), EDUCATION)
        .build();
    // Academic prints no patents: teaching is its first custom section.
    assertEquals(List.of(SectionRef.of(PUBLICATIONS), SectionRef.custom(0),
        SectionRef.of(EDUCATION), SectionRef.of(WORK)), order(cv, ACADEMIC_KEY));
    assertEquals(List.of(SectionRef.of(WORK), SectionRef.custom(0), SectionRef.of(EDUCATION),
        SectionRef.custom(1)), order(cv, INDUSTRY_KEY));
  }

  @Test
  void theLastOrderWrittenForAVariantIsItsOrder() {
    Resume cv = written()
        .order(only(INDUSTRY, ACADEMIC), EDUCATION)
        .order(only(ACADEMIC), PUBLICATIONS)
        .build();
    assertEquals(SectionRef.of(EDUCATION), order(cv, INDUSTRY_KEY).get(0));
    assertEquals(List.of(SectionRef.of(PUBLICATIONS), SectionRef.of(WORK),
        SectionRef.of(EDUCATION), SectionRef.custom(0)), order(cv, ACADEMIC_KEY));
  }

  @Test
  void aSectionNamedTwiceIsAnErrorAtItsSecondNaming() {
    assertEquals(List.of("order[0].sections[2]: [vitae:order] EDUCATION is named twice in this"
        + " order; name each section once"),
        problems(written().order(only(ACADEMIC), EDUCATION, PUBLICATIONS, EDUCATION)));
  }

  @Test
  void aSectionTheCvDoesNotHaveIsAnError() {
    assertEquals(List.of("order[0].sections[1]: [vitae:order] this CV has no section SKILLS;"
        + " its sections are WORK, titled(\"Patents\"), EDUCATION, titled(\"Teaching\"),"
        + " PUBLICATIONS", "order[0].sections[2]: [vitae:order] this CV has no section"
        + " titled(\"Talks\"); its sections are WORK, titled(\"Patents\"), EDUCATION,"
        + " titled(\"Teaching\"), PUBLICATIONS"),
        problems(written().order(only(ACADEMIC), EDUCATION, SKILLS, titled("Talks"))));
  }

  @Test
  void aSectionTheVariantLeavesOutIsAnError() {
    assertEquals(List.of("order[0].sections[1]: [vitae:order] variant Track.INDUSTRY does not"
        + " print PUBLICATIONS: every part of it is for other variants; leave it out of this"
        + " order"),
        problems(written().order(only(INDUSTRY), EDUCATION, PUBLICATIONS)));
    assertEquals(List.of("order[0].sections[0]: [vitae:order] variant Track.ACADEMIC does not"
        + " print titled(\"Patents\"): every part of it is for other variants; leave it out of"
        + " this order"),
        problems(written().order(only(ACADEMIC), titled("Patents"))));
  }

  @Test
  void customSectionsAreNamedByTheirTitle() {
    assertEquals(List.of("order[0].sections[0]: [vitae:order] names the author's sections as a"
        + " kind; name one by its title, such as titled(\"Teaching\")"),
        problems(written().order(only(ACADEMIC), CUSTOM)));
  }

  @Test
  void anOrderIsForVariantsDeclared() {
    assertEquals(List.of("order[0].mark: [vitae:variant] an order of sections is chosen for"
        + " variants: give it only(...) naming them"),
        problems(written().order(privately(), EDUCATION)));
    assertEquals(List.of("order[0].mark: [vitae:variant] only(Track.ACADEMIC) names a variant,"
        + " but this CV declares none; declare them with .variants(Track.values()) after"
        + " Vitae.cv()"),
        problems(Vitae.cv().basics(b -> b.name("Maria Keller"))
            .work(w -> w.name("Zalando SE").start(2020).ongoing())
            .order(only(ACADEMIC), WORK)));
  }

  @Test
  void anOrderThatChangesNothingIsAWarning() {
    assertEquals(List.of("order[0]: [vitae:same-variant] this order is the order the sections"
        + " are written in for Track.ACADEMIC; it changes nothing, drop it"),
        problems(written().order(only(ACADEMIC), WORK, EDUCATION)));
  }

  @Test
  void aVariantMayChooseItsPaperAndFontSize() {
    Resume cv = written()
        .style(s -> s.paper(Paper.A4).paper(Paper.LETTER, only(INDUSTRY))
            .fontSize(10, only(ACADEMIC)))
        .build();
    Resume industry = Tailor.cut(cv, new Cut(INDUSTRY_KEY, false)).cv();
    Resume academic = Tailor.cut(cv, new Cut(ACADEMIC_KEY, false)).cv();
    assertEquals(Paper.LETTER, industry.style().paper());
    assertNull(industry.style().fontSize());
    assertEquals(Paper.A4, academic.style().paper());
    assertEquals(10.0, academic.style().fontSize());
  }
}
