package dev.vitae.generators.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.SampleCvs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the JSON keeps every value of the model: the string values of the document are
 * exactly the model's leaves, each once (texts, translations, strings, ISO dates), plus the
 * {@code $schema} and the pointers of ongoing entries; the translations' language tags and the
 * number of ongoing entries match too.
 */
class JsonNoFieldDroppedTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void completeCvKeepsEveryValue() throws Exception {
    assertEveryValueKept(SampleCvs.complete());
  }

  @Test
  void extensionCvKeepsEveryValue() throws Exception {
    assertEveryValueKept(ExtensionCv.build());
  }

  @Test
  void hostileCvKeepsEveryValue() throws Exception {
    assertEveryValueKept(SampleCvs.hostile());
  }

  private static void assertEveryValueKept(Resume cv) throws Exception {
    ModelStrings model = ModelStrings.of(cv);
    JsonNode json = MAPPER.readTree(new JsonGenerator().render(cv));
    // The CV's languages, which the walk leaves out, are kept apart and tested on their own.
    if (json.at("/x-vitae") instanceof ObjectNode vitae) {
      vitae.remove("localization");
    }

    List<String> ongoing = new ArrayList<>();
    json.at("/x-vitae/ongoing").forEach(pointer -> ongoing.add(pointer.asText()));
    List<String> values = new ArrayList<>();
    collectStrings(json, values);
    values.remove(json.get("$schema").asText());
    ongoing.forEach(values::remove); // one string per pointer: a value equal to one stays
    assertEquals(sorted(model.strings), sorted(values));

    List<String> languages = new ArrayList<>();
    json.at("/x-vitae/translations")
        .forEach(byLanguage -> byLanguage.fieldNames().forEachRemaining(languages::add));
    assertEquals(sorted(model.languages), sorted(languages));

    assertEquals(model.ongoing, ongoing.size());
  }

  private static void collectStrings(JsonNode node, List<String> strings) {
    if (node.isTextual()) {
      strings.add(node.asText());
    }
    node.forEach(child -> collectStrings(child, strings));
  }

  private static List<String> sorted(List<String> strings) {
    List<String> copy = new ArrayList<>(strings);
    Collections.sort(copy);
    return copy;
  }
}
