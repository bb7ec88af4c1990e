package dev.vitae.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.generators.json.JsonResumeLayout;
import dev.vitae.generators.json.JsonResumeLayout.Part;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON Resume 1.x document, and the {@code x-vitae} extension Vitae's JSON output
 * adds, into the CV model: the inverse of Vitae's JSON output. Each section and field maps to
 * the model's record component of the same name, laid out as {@link JsonResumeLayout} says.
 */
final class JsonResumeReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      // Two values for one field would leave one of them out silently: refuse the document.
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      // A number read as text keeps its digits: 4.10 stays 4.10, not the double 4.1.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private JsonResumeReader() {}

  /**
   * The CV {@code json} describes, and what of it could not be imported.
   *
   * @throws IllegalArgumentException when {@code json} is not a JSON object
   */
  static ImportedCv read(String json) {
    ObjectNode root = parse(json);
    // Taken before reading: the reading takes translations and nested bullets out as it goes.
    DocumentOrder documentOrder = DocumentOrder.of(root);
    ReadContext context = new ReadContext();
    JsonObjectReader document = new JsonObjectReader(root, JsonPointer.empty(), context);
    document.ignore(JsonResumeLayout.SCHEMA); // Vitae names the schema it writes itself
    VitaeExtensionReader extension = VitaeExtensionReader.of(document);
    Localization localization = extension.configure();

    Map<String, Object> components = new HashMap<>();
    for (String component : JsonResumeLayout.documentComponents()) {
      components.put(component,
          RecordReader.component(Resume.class, component, document, Part.RESUME));
    }
    components.put(JsonResumeLayout.SECTIONS, extension.sections());
    components.put(JsonResumeLayout.LOCALIZATION, localization);
    components.put(JsonResumeLayout.ORDER, List.of());
    components.put(JsonResumeLayout.STYLE, extension.style());

    Resume unordered = RecordReader.construct(Resume.class, components);
    List<SectionRef> order = extension.order(SectionOrder.present(unordered),
        document.fieldNames());
    extension.finish();
    context.reportUnused();
    document.finish();
    components.put(JsonResumeLayout.ORDER, order);
    return new ImportedCv(RecordReader.construct(Resume.class, components),
        context.notImported().stream().sorted(documentOrder.comparator()).toList());
  }

  private static ObjectNode parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException invalid) {
      throw new IllegalArgumentException("not valid JSON: " + invalid.getOriginalMessage()
          + " (line " + invalid.getLocation().getLineNr() + ", column "
          + invalid.getLocation().getColumnNr() + ")", invalid);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON Resume document: the top level must be a"
          + " JSON object");
    }
    return (ObjectNode) root;
  }
}
