package dev.vitae.generators.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;

/**
 * The translations of the CV's texts, as the extension keeps them until outputs are
 * multilingual: {@code {"/basics/label": {"zh-Hans": "系统工程师"}}}. The key is the JSON Pointer
 * (RFC 6901) of the string translated, in this very document; the value maps BCP 47 language
 * tags to the translated markup, in the order the author gave them.
 */
final class Translations {

  private final ObjectNode byPointer = JsonNodeFactory.instance.objectNode();

  /** Keeps the translations of {@code text}, written at {@code at}; nothing if it has none. */
  void record(JsonPointer at, Text text) {
    if (text.translations().isEmpty()) {
      return;
    }
    ObjectNode byLanguage = byPointer.putObject(at.toString());
    for (Translation translation : text.translations()) {
      if (byLanguage.has(translation.language())) {
        // A second value would have to overwrite the first: refuse rather than drop one.
        throw new IllegalArgumentException("The text \"" + text.value() + "\" at " + at
            + " has two translations into " + translation.language());
      }
      byLanguage.put(translation.language(), translation.value());
    }
  }

  boolean isEmpty() {
    return byPointer.isEmpty();
  }

  ObjectNode toJson() {
    return byPointer;
  }
}
