package dev.vitae.generators;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree as text with jackson-core's streaming writer, as an {@code ObjectMapper}
 * would, without the mapper: the outputs need no data binding, and a mapper costs a JVM
 * hundreds of classes and most of a second to set up. Thread-safe.
 */
public final class JsonTrees {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTrees() {}

  /** {@code tree} as text laid out by {@code layout} (a fresh copy of it per document). */
  public static String write(JsonNode tree, DefaultPrettyPrinter layout) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(layout.createInstance());
      write(tree, json);
    } catch (IOException impossibleInMemory) {
      throw new UncheckedIOException(impossibleInMemory);
    }
    return text.toString();
  }

  private static void write(JsonNode node, JsonGenerator json) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        json.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          json.writeFieldName(field.getKey());
          write(field.getValue(), json);
        }
        json.writeEndObject();
      }
      case ARRAY -> {
        json.writeStartArray();
        for (JsonNode element : node) {
          write(element, json);
        }
        json.writeEndArray();
      }
      case STRING -> json.writeString(node.textValue());
      case BOOLEAN -> json.writeBoolean(node.booleanValue());
      case NULL, MISSING -> json.writeNull();
      case NUMBER -> {
        if (node.isIntegralNumber()) {
          json.writeNumber(node.bigIntegerValue());
        } else {
          json.writeNumber(node.decimalValue());
        }
      }
      default -> throw new IllegalArgumentException("no JSON text for a " + node.getNodeType());
    }
  }
}
