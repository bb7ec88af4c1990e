package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the reader turns the document's values into the model. */
class ValuesTest {

  @Test
  void numbersAreTakenAsTheTextTheyAreWrittenAs() {
    Resume cv = read("""
        {"education": [{"institution": "MIT", "score": 4.10}],
         "skills": [{"name": "C++", "keywords": [11, 2e3, "20"]}],
         "basics": {"name": "Jane", "location": {"postalCode": 10115}}}""");
    assertEquals("4.10", cv.education().get(0).score().value());
    assertEquals(List.of("11", "2E+3", "20"),
        cv.skills().get(0).keywords().stream().map(Text::value).toList());
    assertEquals("10115", cv.basics().location().postalCode());
  }

  @Test
  void aDocumentInAnotherLanguageGivesTheTextsInTheCvsFirstLanguage() {
    Resume cv = read("""
        {
          "basics": {"name": "李伟", "label": "工程师", "summary": "Ships CUDA kernels."},
          "x-vitae": {
            "translations": {
              "/basics/name": {"en": "Li Wei", "de": "Li Wei"},
              "/basics/label": {"en": "Engineer", "de": "Ingenieur"},
              "/basics/summary": {"en": "Ships CUDA kernels."}
            },
            "localization": {"language": "zh-Hans", "languages": ["en", "zh-Hans", "de"],
                             "fallbacks": {"zh-Hans": "en", "de": "en"}}
          }
        }""");
    assertEquals(Text.of("Li Wei", Translation.of("zh-Hans", "李伟"),
        Translation.of("de", "Li Wei")), cv.basics().name());
    assertEquals(Text.of("Engineer", Translation.of("zh-Hans", "工程师"),
        Translation.of("de", "Ingenieur")), cv.basics().label());
    // The Chinese document shows the English summary through the fallback: no translation.
    assertEquals(Text.of("Ships CUDA kernels."), cv.basics().summary());
    assertEquals(List.of("en", "zh-Hans", "de"), cv.localization().languages());
  }

  @Test
  void theAuthorsOrderOfSectionsComesFromTheExtension() {
    Resume cv = read("""
        {"work": [{"name": "A", "startDate": "2020"}], "skills": [{"name": "B"}],
         "x-vitae": {"sections": [{"title": "Talks"}],
                     "order": ["/skills", "/x-vitae/sections/0", "/work"]}}""");
    assertEquals(List.of("skills", "sections[0]", "work"), cv.order().stream().map(Object::toString).toList());
    String source = JsonResumeImporter.toJava("""
        {"work": [{"name": "A", "startDate": "2020"}], "skills": [{"name": "B"}],
         "x-vitae": {"sections": [{"title": "Talks"}],
                     "order": ["/skills", "/x-vitae/sections/0", "/work"]}}""",
        "test", "Jane", "jane");
    assertTrue(source.indexOf(".skill(") < source.indexOf(".section(")
        && source.indexOf(".section(") < source.indexOf(".work("), source);
  }

  @Test
  void withoutAnOrderTheSectionsFollowTheDocument() {
    Resume cv = read("""
        {"education": [{"institution": "C"}], "skills": [{"name": "B"}],
         "work": [{"name": "A", "startDate": "2020"}], "basics": {"name": "Jane"}}""");
    assertEquals(List.of("education", "skills", "work"), cv.order().stream().map(Object::toString).toList());
  }

  private static Resume read(String json) {
    return JsonResumeReader.read(json).cv();
  }
}
