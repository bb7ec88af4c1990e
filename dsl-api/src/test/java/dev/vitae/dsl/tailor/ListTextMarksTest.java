package dev.vitae.dsl.tailor;

import static dev.vitae.dsl.Marks.inEveryLanguage;
import static dev.vitae.dsl.Marks.only;
import static dev.vitae.dsl.Translations.de;
import static dev.vitae.dsl.tailor.ListTextMarksTest.Track.ACADEMIC;
import static dev.vitae.dsl.tailor.ListTextMarksTest.Track.INDUSTRY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.ResumeBuilder;
import dev.vitae.dsl.Variant;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.VariantKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keywords, courses and roles added one at a time, with their translations and marks. */
class ListTextMarksTest {

  enum Track implements Variant { INDUSTRY, ACADEMIC }

  private static final VariantKey INDUSTRY_KEY = new VariantKey(Track.class.getName(), "INDUSTRY");
  private static final VariantKey ACADEMIC_KEY = new VariantKey(Track.class.getName(), "ACADEMIC");

  private static ResumeBuilder bilingual() {
    return Vitae.cv("en", "de").variants(Track.values())
        .basics(b -> b.name("Maria Keller", inEveryLanguage()))
        .skill(s -> s.name("Backend", de("Backend"))
            .keywords(Vitae.text("Java", de("Java")))
            .keyword("Kotlin", inEveryLanguage())
            .keyword("Kubernetes", only(INDUSTRY), inEveryLanguage())
            .keyword("Type theory", only(ACADEMIC), de("Typtheorie")))
        .education(e -> e.institution("TU Berlin", inEveryLanguage()).start(2014).end(2018)
            .course("Compilers", de("Übersetzerbau"))
            .course("Databases", only(INDUSTRY), de("Datenbanken")))
        .project(p -> p.name("Ledger", inEveryLanguage()).start(2019)
            .role("Maintainer", de("Maintainerin"))
            .role("Reviewer", only(ACADEMIC), de("Gutachterin")));
  }

  private static Resume cut(Resume cv, VariantKey variant) {
    return Tailor.cut(cv, new Cut(variant, false)).cv();
  }

  private static List<String> words(List<Text> texts, String language) {
    return texts.stream().map(text -> text.in(language)).toList();
  }

  @Test
  void eachVariantKeepsItsOwnItemsAndTheSharedOnes() {
    Resume cv = bilingual().build();
    Resume industry = cut(cv, INDUSTRY_KEY);
    Resume academic = cut(cv, ACADEMIC_KEY);
    assertEquals(List.of("Java", "Kotlin", "Kubernetes"),
        words(industry.skills().get(0).keywords(), "en"));
    assertEquals(List.of("Java", "Kotlin", "Typtheorie"),
        words(academic.skills().get(0).keywords(), "de"));
    assertEquals(List.of("Übersetzerbau", "Datenbanken"),
        words(industry.education().get(0).courses(), "de"));
    assertEquals(List.of("Compilers"), words(academic.education().get(0).courses(), "en"));
    assertEquals(List.of("Maintainer"), words(industry.projects().get(0).roles(), "en"));
    assertEquals(List.of("Maintainerin", "Gutachterin"),
        words(academic.projects().get(0).roles(), "de"));
  }

  @Test
  void anItemTheSameInEveryLanguageNeedsNoTranslation() {
    Resume industry = cut(bilingual().build(), INDUSTRY_KEY);
    assertEquals(List.of("Java", "Kotlin", "Kubernetes"),
        words(industry.skills().get(0).keywords(), "de"));
    assertEquals(List.of(), bilingual().check());
  }

  @Test
  void anItemWithoutItsTranslationIsReportedAtTheCallThatAddedIt() {
    List<String> problems = bilingual()
        .skill(s -> s.name("Frontend", de("Frontend")).keywords("React").keyword("Elm"))
        .check().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "skill[1].keywords[0]: [vitae:missing-translation] skill[1].keywords[0] \"React\" has"
            + " no de text; add de(\"...\") to the call, or declare .fallback(\"de\", \"en\")",
        "skill[1].keyword[0]: [vitae:missing-translation] skill[1].keyword[0] \"Elm\" has no"
            + " de text; add de(\"...\") to the call, or declare .fallback(\"de\", \"en\")"),
        problems);
  }

  @Test
  void anItemsMarkIsCheckedWhereItIsWritten() {
    List<String> problems = bilingual()
        .interest(i -> i.name("Go", inEveryLanguage()).keyword("Openings", only()))
        .check().stream().map(Problem::toString).toList();
    assertEquals(List.of("interest[0].keyword[0].translations[0]: [vitae:variant] only() names"
        + " no variant; name the variants this part belongs to, such as only(INDUSTRY)"),
        problems);
  }

  @Test
  void settingTheWholeListAgainForgetsTheItemsAddedBefore() {
    Resume cv = Vitae.cv().variants(Track.values()).basics(b -> b.name("Maria Keller"))
        .interest(i -> i.name("Go").keyword("Openings", only(ACADEMIC)).keywords("Endgames"))
        .interest(i -> i.name("Chess").keyword("Blitz", only(INDUSTRY)))
        .build();
    assertEquals(List.of("Endgames"),
        words(cut(cv, INDUSTRY_KEY).interests().get(0).keywords(), "en"));
  }
}
