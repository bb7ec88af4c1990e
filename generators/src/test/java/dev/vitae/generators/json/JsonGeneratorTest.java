package dev.vitae.generators.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.dsl.Vitae;
import dev.vitae.generators.GoldenFiles;
import dev.vitae.generators.SampleCvs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonGeneratorTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonGenerator generator = new JsonGenerator();

  @Test
  void completeCvMatchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("complete.json", generator.render(SampleCvs.complete()));
  }

  @Test
  void hostileCvMatchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("hostile.json", generator.render(SampleCvs.hostile()));
  }

  @Test
  void extensionCvMatchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("extension.json", generator.render(ExtensionCv.build()));
  }

  @Test
  void outputsAreValidAgainstTheOfficialSchema() {
    assertEquals(List.of(), JsonResumeSchema.errors(generator.render(SampleCvs.complete())));
    assertEquals(List.of(), JsonResumeSchema.errors(generator.render(SampleCvs.hostile())));
    assertEquals(List.of(), JsonResumeSchema.errors(generator.render(ExtensionCv.build())));
  }

  @Test
  void schemaCheckDoesRejectWhatIsNotJsonResume() {
    String notJsonResume = "{\"basics\": {\"email\": \"not an address\"},"
        + " \"work\": [{\"startDate\": \"May 2020\"}], \"skills\": \"CUDA\"}";
    assertEquals(3, JsonResumeSchema.errors(notJsonResume).size(),
        () -> JsonResumeSchema.errors(notJsonResume).toString());
  }

  @Test
  void isPrettyPrintedWithTwoSpacesAndUnixLineEnds() {
    String json = generator.render(SampleCvs.complete());
    assertFalse(json.contains("\r"), "no CR line ends");
    assertTrue(json.startsWith("{\n  \"$schema\": \""), json);
    assertTrue(json.contains("\n  \"basics\": {\n    \"name\": \"Jane Doe\",\n"), json);
    assertTrue(json.contains("\"keywords\": [\n        \"CUDA\",\n"), json);
    assertTrue(json.endsWith("\n}\n"), "final newline");
    assertFalse(json.endsWith("\n\n"), "exactly one final newline");
    assertTrue(json.contains("\"language\": \"中文\""), "non-ASCII text stays readable");
  }

  @Test
  void topLevelFieldsComeInSchemaOrderThenTheExtension() throws Exception {
    List<String> names = new ArrayList<>();
    MAPPER.readTree(generator.render(SampleCvs.complete())).fieldNames()
        .forEachRemaining(names::add);
    assertEquals(List.of("$schema", "basics", "work", "volunteer", "education", "awards",
        "certificates", "publications", "skills", "languages", "interests", "references",
        "projects", "meta", "x-vitae"), names);
  }

  @Test
  void namesTheOfficialSchema() throws Exception {
    JsonNode json = MAPPER.readTree(generator.render(SampleCvs.complete()));
    assertEquals("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        json.get("$schema").asText());
  }

  @Test
  void leavesOutAbsentFieldsEmptyListsAndAnUnneededExtension() throws Exception {
    String json = generator.render(Vitae.cv().basics(b -> b.name("Jane Doe")).build());
    assertEquals("{\n"
        + "  \"$schema\": \"" + JsonGenerator.SCHEMA_URL + "\",\n"
        + "  \"basics\": {\n"
        + "    \"name\": \"Jane Doe\"\n"
        + "  }\n"
        + "}\n", json);
  }

  @Test
  void datesAreIsoAtTheirPrecision() throws Exception {
    JsonNode json = MAPPER.readTree(generator.render(SampleCvs.complete()));
    JsonNode nio = json.at("/work/1");
    assertEquals("2018-07", nio.get("startDate").asText());
    assertEquals("2021-01", nio.get("endDate").asText());
    assertEquals("2019", json.at("/volunteer/0/startDate").asText());
    assertEquals("2021-09-08", json.at("/awards/0/date").asText());
    assertEquals("2021", json.at("/publications/0/releaseDate").asText());
    assertFalse(json.at("/publications/0").has("date"));
  }

  @Test
  void ongoingAndSingleDateEntriesHaveOnlyAStartDate() throws Exception {
    JsonNode json = MAPPER.readTree(generator.render(ExtensionCv.build()));
    JsonNode ongoing = json.at("/work/0");
    assertEquals("2021-02", ongoing.get("startDate").asText());
    assertFalse(ongoing.has("endDate"));
    JsonNode singleDate = json.at("/work/1");
    assertEquals("2019-05-17", singleDate.get("startDate").asText());
    assertFalse(singleDate.has("endDate"));
  }

  @Test
  void textIsTheMarkupSourceAsWritten() throws Exception {
    JsonNode json = MAPPER.readTree(generator.render(SampleCvs.complete()));
    assertEquals("Builds **fast** inference systems; writes *clear* code and `CUDA` kernels."
        + " See [my blog](https://blog.example.com).", json.at("/basics/summary").asText());
  }

  @Test
  void educationKeepsLocationSummaryAndHighlightsAsAdditionalProperties() throws Exception {
    JsonNode education = MAPPER.readTree(generator.render(SampleCvs.complete()))
        .at("/education/0");
    List<String> names = new ArrayList<>();
    education.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("institution", "url", "area", "studyType", "location", "startDate",
        "endDate", "score", "courses", "summary", "highlights"), names);
    assertEquals("Beijing, BJ", education.get("location").asText());
    assertEquals("Thesis on GPU solvers.", education.get("summary").asText());
    assertEquals("GPU-accelerated integral equations", education.at("/highlights/0").asText());
  }

  @Test
  void workKeepsLocationAndDescription() throws Exception {
    JsonNode work = MAPPER.readTree(generator.render(SampleCvs.complete())).at("/work/0");
    assertEquals("Beijing, BJ", work.get("location").asText());
    assertEquals("as Reed", work.get("description").asText());
  }
}
