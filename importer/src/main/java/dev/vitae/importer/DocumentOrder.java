package dev.vitae.importer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value sits in a document, counted as a reader meets it from the top: orders what
 * was not imported as the document has it, whichever part of the reading found it.
 */
final class DocumentOrder {

  private final Map<String, Integer> positions = new HashMap<>();

  private DocumentOrder(JsonNode document) {
    visit(document, JsonPointer.empty());
  }

  static DocumentOrder of(JsonNode document) {
    return new DocumentOrder(document);
  }

  private void visit(JsonNode node, JsonPointer at) {
    positions.put(at.toString(), positions.size());
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> visit(node.get(name), at.appendProperty(name)));
    } else if (node.isArray()) {
      for (int index = 0; index < node.size(); index++) {
        visit(node.get(index), at.appendIndex(index));
      }
    }
  }

  /** Orders by the position of the value each names; one not in the document comes last. */
  Comparator<NotImported> comparator() {
    return Comparator.comparingInt(
        left -> positions.getOrDefault(left.pointer(), Integer.MAX_VALUE));
  }
}
