package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official JSON Resume sample and example resumes ({@code @jsonresume/schema} 1.3.1) import
 * into CVs that compile with Vitae's checks and lose nothing: every value of the document is in
 * Vitae's JSON output again, at the same place, except the one thing listed as not imported.
 */
class JsonResumeSamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The only value the samples hold that the import leaves out: each has {@code "image": ""},
   * an empty URL, which Vitae's checks would reject as no absolute URL.
   */
  private static final String EMPTY_IMAGE = "/basics/image: an empty URL";

  @TempDir Path output;

  @ParameterizedTest
  @ValueSource(strings = {"sample", "career-changer", "new-grad", "senior-engineer"})
  void compilesWithoutErrorsAndKeepsEveryValue(String name) throws IOException {
    String document = resource(name + ".resume.json");
    String source = JsonResumeImporter.toJava(document, "org.jsonresume", "Resume", name);
    Compilation compilation = CvCompiler.compile("org.jsonresume.Resume", source, output);

    assertEquals(List.of(), CvCompiler.errors(compilation), () -> source);
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(List.of(EMPTY_IMAGE), notImported(source));
    JsonNode written = JSON.readTree(output.resolve(name).resolve(name + ".json").toFile());
    for (Map.Entry<String, JsonNode> leaf : leaves(JSON.readTree(document)).entrySet()) {
      if (!leaf.getKey().equals("/basics/image")) {
        assertEquals(leaf.getValue(), written.at(leaf.getKey()), leaf.getKey());
      }
    }
  }

  /** The {@code <li>} lines of the class comment: what the import left out. */
  static List<String> notImported(String source) {
    return source.lines().map(String::strip)
        .filter(line -> line.startsWith("*   <li>"))
        .map(line -> line.substring("*   <li>".length()))
        .toList();
  }

  /** Every string, number and boolean of {@code node}, by JSON Pointer. */
  private static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect(node, "", leaves);
    return leaves;
  }

  private static void collect(JsonNode node, String at, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> collect(field.getValue(),
          at + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, leaves);
      }
    } else {
      leaves.put(at, node);
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = JsonResumeSamplesTest.class.getResourceAsStream("/jsonresume/" + name)) {
      assertTrue(in != null, name + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
