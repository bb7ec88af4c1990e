package dev.vitae.generators.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.i18n.BilingualCv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Chinese document of a CV written in English and Chinese: a valid JSON Resume in Chinese
 * that still holds every English text, each under the pointer of the text it translates.
 */
class LocalizedJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Resume CV = BilingualCv.create();

  private final JsonGenerator generator = new JsonGenerator();

  @Test
  void chineseDocumentIsAValidJsonResume() {
    assertEquals(List.of(), JsonResumeSchema.errors(generator.render(CV, "zh-Hans")));
  }

  @Test
  void englishDocumentIsAValidJsonResume() {
    assertEquals(List.of(), JsonResumeSchema.errors(generator.render(CV, "en")));
  }

  @Test
  void chineseDocumentHasChineseTextsAndKeepsTheEnglishOnes() throws Exception {
    JsonNode chinese = render("zh-Hans");
    assertEquals("高性能计算工程师", chinese.at("/basics/label").asText());
    // dates stay ISO in every language: an ongoing job has no end, and says so in x-vitae
    assertTrue(chinese.at("/work/0/endDate").isMissingNode());
    assertEquals("/work/0", chinese.at("/x-vitae/ongoing/0").asText());
    JsonNode translations = chinese.at("/x-vitae/translations");
    assertEquals("HPC Engineer", translations.at("/~1basics~1label/en").asText());
    assertEquals("Patents", translations.at("/~1x-vitae~1sections~10~1title/en").asText());
    assertEquals("zh-Hans", chinese.at("/x-vitae/localization/language").asText());
    assertEquals("[\"en\",\"zh-Hans\"]",
        chinese.at("/x-vitae/localization/languages").toString());
  }

  /**
   * Each language's document, with the other's translations, gives back the other document's
   * texts: nothing the author wrote in either language is missing from either document.
   */
  @Test
  void eachDocumentsTranslationsAreTheOtherDocumentsTexts() throws Exception {
    JsonNode chinese = render("zh-Hans");
    JsonNode english = render("en");
    assertTranslationsAreTextsOf(chinese, "en", english);
    assertTranslationsAreTextsOf(english, "zh-Hans", chinese);
    // every English text the Chinese document replaced is kept: the English document's own
    // translations name each text that has Chinese, and each is under the same pointer
    for (Map.Entry<String, JsonNode> translated : fields(english.at("/x-vitae/translations"))) {
      String pointer = translated.getKey();
      assertEquals(english.at(pointer).asText(),
          chinese.at("/x-vitae/translations").get(pointer).get("en").asText(), pointer);
    }
  }

  private static void assertTranslationsAreTextsOf(JsonNode document, String language,
      JsonNode other) {
    List<Map.Entry<String, JsonNode>> translations = fields(document.at("/x-vitae/translations"));
    assertTrue(translations.size() > 40, "expected every text, got " + translations.size());
    for (Map.Entry<String, JsonNode> translation : translations) {
      String pointer = translation.getKey();
      assertTrue(document.at(pointer).isTextual(), pointer + " names no text of the document");
      assertEquals(other.at(pointer).asText(), translation.getValue().get(language).asText(),
          pointer);
    }
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    object.fields().forEachRemaining(fields::add);
    return fields;
  }

  private JsonNode render(String language) throws Exception {
    return MAPPER.readTree(generator.render(CV, language));
  }
}
