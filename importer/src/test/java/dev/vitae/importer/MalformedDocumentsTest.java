package dev.vitae.importer;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.json.ExtensionCv;
import dev.vitae.generators.json.JsonGenerator;
import dev.vitae.processor.VitaeProcessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a document holds where, the import gives Java that compiles as far as Java goes:
 * every value of two full documents (the Chinese JSON of the CVs that need all of the
 * extension) is replaced in turn by a value of each other kind, and every resulting source
 * compiles, at most with errors of Vitae's rules for CVs: never a Java error, nothing the
 * processor cannot evaluate, no internal error.
 */
class MalformedDocumentsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A value of every JSON kind, and of the kinds the reader expects in arrays. */
  private static final List<String> REPLACEMENTS =
      List.of("null", "true", "\"\"", "\"x\"", "[]", "{}", "[{}]", "[[]]");

  /** The tags of the rules a CV must pass: the only errors a source may have. */
  private static final List<String> RULES =
      Arrays.stream(Check.values()).map(check -> "[" + check.tag() + "]").toList();

  @TempDir Path output;

  @Test
  void everyValueReplacedByEveryKindStillGivesJava() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Resume cv : List.of(ExtensionCv.build(), LanguagesAndOrderCv.create())) {
      JsonNode document = JSON.readTree(new JsonGenerator().render(cv, "zh-Hans"));
      for (JsonPointer at : pointers(document, JsonPointer.empty())) {
        for (String replacement : REPLACEMENTS) {
          JsonNode variant = replaced(document, at, JSON.readTree(replacement));
          String name = "V" + sources.size();
          String source = JsonResumeImporter.toJava(variant.toString(), "test", name,
              name.toLowerCase(Locale.ROOT));
          sources.add(JavaFileObjects.forSourceString("test." + name, source));
        }
      }
    }
    Compilation compilation = javac()
        .withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output)
        .compile(sources);
    List<String> otherErrors = CvCompiler.errors(compilation).stream()
        .filter(error -> RULES.stream().noneMatch(error::startsWith)).toList();
    assertEquals(List.of(), otherErrors, CvCompiler.describe(compilation));
    assertTrue(sources.size() > 1000, () -> "only " + sources.size() + " variants");
  }

  /** Every place in the document but the root. */
  private static List<JsonPointer> pointers(JsonNode node, JsonPointer at) {
    List<JsonPointer> all = new ArrayList<>();
    if (!at.matches()) {
      all.add(at);
    }
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name ->
          all.addAll(pointers(node.get(name), at.appendProperty(name))));
    } else if (node.isArray()) {
      for (int index = 0; index < node.size(); index++) {
        all.addAll(pointers(node.get(index), at.appendIndex(index)));
      }
    }
    return all;
  }

  private static JsonNode replaced(JsonNode document, JsonPointer at, JsonNode value) {
    JsonNode copy = document.deepCopy();
    ContainerNode<?> parent = (ContainerNode<?>) copy.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
    }
    return copy;
  }
}
