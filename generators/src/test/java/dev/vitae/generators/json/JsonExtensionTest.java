package dev.vitae.generators.json;

import static dev.vitae.dsl.model.Translation.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.SampleCvs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one extension key, {@code x-vitae}, and what it keeps. */
class JsonExtensionTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode render(Resume cv) throws Exception {
    return MAPPER.readTree(new JsonGenerator().render(cv));
  }

  @Test
  void isTheOnlyKeyBeyondTheSchema() throws Exception {
    List<String> names = new ArrayList<>();
    render(ExtensionCv.build()).fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("$schema", "basics", "work", "education", "skills", "projects",
        "x-vitae"), names);
    assertEquals("x-vitae", JsonGenerator.EXTENSION_KEY);
  }

  @Test
  void holdsItsPartsInAFixedOrder() throws Exception {
    List<String> names = new ArrayList<>();
    render(ExtensionCv.build()).get("x-vitae").fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("sections", "ongoing", "subHighlights", "translations", "localization"), names);
  }

  @Test
  void keepsCustomSectionsWithEveryEntryField() throws Exception {
    JsonNode section = render(SampleCvs.complete()).at("/x-vitae/sections/0");
    assertEquals("Patents", section.get("title").asText());
    assertEquals("Granted patents.", section.get("summary").asText());
    JsonNode entry = section.at("/entries/0");
    List<String> names = new ArrayList<>();
    entry.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("title", "subtitle", "organization", "location", "startDate", "url",
        "summary", "highlights", "keywords"), names);
    assertEquals("2021-03-09", entry.get("startDate").asText());
    assertEquals("Also granted as US11055144B2", entry.at("/highlights/0/text").asText());
    assertEquals("scheduling", entry.at("/keywords/0").asText());
  }

  @Test
  void customSectionHighlightsAreWholeTrees() throws Exception {
    JsonNode highlights = render(ExtensionCv.build())
        .at("/x-vitae/sections/0/entries/0/highlights");
    assertEquals("Series", highlights.at("/0/text").asText());
    assertEquals("Part one", highlights.at("/0/highlights/0/text").asText());
  }

  @Test
  void listsTheEntriesThatGoOnWhereverTheyAre() throws Exception {
    JsonNode json = render(ExtensionCv.build());
    assertEquals(List.of("/work/0", "/projects/0", "/x-vitae/sections/0/entries/0"),
        strings(json.at("/x-vitae/ongoing")));
    for (String pointer : strings(json.at("/x-vitae/ongoing"))) {
      assertTrue(json.at(pointer).has("startDate"), pointer);
      assertFalse(json.at(pointer).has("endDate"), pointer);
    }
  }

  @Test
  void singleDateEntriesAreNotOngoing() throws Exception {
    List<String> ongoing = strings(render(ExtensionCv.build()).at("/x-vitae/ongoing"));
    assertFalse(ongoing.contains("/work/1"));
    assertFalse(ongoing.contains("/x-vitae/sections/0/entries/1"));
  }

  @Test
  void topLevelHighlightsStayFlatForThemes() throws Exception {
    JsonNode highlights = render(SampleCvs.complete()).at("/work/0/highlights");
    assertEquals(List.of("Kernel Optimization", "Distributed communication"),
        strings(highlights));
  }

  @Test
  void nestedHighlightsHangUnderThePointerOfTheirParentBullet() throws Exception {
    JsonNode json = render(SampleCvs.complete());
    JsonNode subHighlights = json.at("/x-vitae/subHighlights");
    assertEquals(List.of("/work/0/highlights/0"), names(subHighlights));
    assertEquals("Kernel Optimization", json.at("/work/0/highlights/0").asText());
    JsonNode children = subHighlights.get("/work/0/highlights/0");
    assertEquals("Attention prefill beats FlashAttention", children.at("/0/text").asText());
    assertEquals("H20: +40% over TensorRT-LLM", children.at("/0/highlights/0/text").asText());
    assertEquals("Group GEMM +30%", children.at("/1/text").asText());
    assertFalse(children.get(1).has("highlights"), "a leaf bullet has no empty list");
  }

  @Test
  void everySubHighlightsKeyPointsAtATopLevelBullet() throws Exception {
    JsonNode json = render(ExtensionCv.build());
    List<String> keys = names(json.at("/x-vitae/subHighlights"));
    assertEquals(List.of("/work/0/highlights/0", "/education/0/highlights/0"), keys);
    for (String pointer : keys) {
      assertTrue(json.at(pointer).isTextual(), pointer);
    }
  }

  @Test
  void translationsAreKeyedByThePointerOfTheTextTheyTranslate() throws Exception {
    JsonNode json = render(ExtensionCv.build());
    JsonNode translations = json.at("/x-vitae/translations");
    Map<String, String> translated = Map.ofEntries(
        Map.entry("/basics/name", "Jane Doe"),
        Map.entry("/basics/label", "Systems Engineer"),
        Map.entry("/basics/location/city", "Berlin"),
        Map.entry("/work/0/name", "Tencent"),
        Map.entry("/work/0/highlights/0", "Kernel optimization"),
        Map.entry("/x-vitae/subHighlights/~1work~10~1highlights~10/0/text",
            "Attention prefill"),
        Map.entry("/x-vitae/subHighlights/~1work~10~1highlights~10/0/highlights/0/text",
            "H20: +40%"),
        Map.entry("/work/0/highlights/1", "Distributed communication"),
        Map.entry("/education/0/location", "Beijing"),
        Map.entry("/education/0/courses/0", "Numerical Analysis"),
        Map.entry("/education/0/summary", "Thesis on GPU solvers."),
        Map.entry("/skills/0/keywords/1", "Kernels"),
        Map.entry("/projects/0/roles/0", "Creator"),
        Map.entry("/x-vitae/sections/0/title", "Talks"),
        Map.entry("/x-vitae/sections/0/summary", "Invited talks."),
        Map.entry("/x-vitae/sections/0/entries/0/title", "GTC keynote"),
        Map.entry("/x-vitae/sections/0/entries/0/highlights/0/text", "Series"),
        Map.entry("/x-vitae/sections/0/entries/0/highlights/0/highlights/0/text", "Part one"),
        Map.entry("/x-vitae/sections/0/entries/0/keywords/0", "GPU"));
    assertEquals(translated.keySet(), Set.copyOf(names(translations)));
    translated.forEach((pointer, text) -> assertEquals(text, json.at(pointer).asText(), pointer));
  }

  @Test
  void translationsKeepTheAuthorsLanguageOrder() throws Exception {
    JsonNode label = render(ExtensionCv.build()).at("/x-vitae/translations")
        .get("/basics/label");
    assertEquals(List.of("zh-Hans", "de"), names(label));
    assertEquals("系统工程师", label.get("zh-Hans").asText());
    assertEquals("Systemingenieurin", label.get("de").asText());
  }

  @Test
  void keepsTheCvsLanguagesFallbacksAndThisDocumentsLanguage() throws Exception {
    JsonNode localization = MAPPER.readTree(new JsonGenerator().render(ExtensionCv.build(), "de"))
        .at("/x-vitae/localization");
    assertEquals("de", localization.get("language").asText());
    assertEquals("[\"en\",\"zh-Hans\",\"de\"]", localization.get("languages").toString());
    assertEquals("{\"zh-Hans\":\"en\",\"de\":\"en\"}", localization.get("fallbacks").toString());
  }

  @Test
  void aDocumentInAnotherLanguageKeepsTheFirstLanguagesText() throws Exception {
    JsonNode german = MAPPER.readTree(new JsonGenerator().render(ExtensionCv.build(), "de"));
    assertEquals("Systemingenieurin", german.at("/basics/label").asText());
    assertEquals("Systems Engineer", german.at("/x-vitae/translations")
        .get("/basics/label").get("en").asText());
    assertEquals("系统工程师", german.at("/x-vitae/translations")
        .get("/basics/label").get("zh-Hans").asText());
  }

  @Test
  void isLeftOutWhenNothingNeedsIt() throws Exception {
    Resume cv = Vitae.cv()
        .basics(b -> b.name("Jane Doe"))
        .work(w -> w.name("NIO").start(2018).end(2021).highlight("Flat bullet"))
        .build();
    assertFalse(render(cv).has("x-vitae"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(element -> strings.add(element.asText()));
    return strings;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
