package dev.vitae.generators.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.Localized;

/**
 * The CV's texts in its other languages, so each language's document still holds every word
 * the author wrote: {@code {"/basics/label": {"en": "Systems Engineer"}}} in the Chinese
 * document. The key is the JSON Pointer (RFC 6901) of the string in this very document; the
 * value maps BCP 47 tags to the author's markup, in the CV's order of languages. Only texts
 * the author wrote are kept: a language that falls back has nothing of its own to keep.
 */
final class Translations {

  private final Localized localized;
  private final ObjectNode byPointer = JsonNodeFactory.instance.objectNode();

  Translations(Localized localized) {
    this.localized = localized;
  }

  /** Keeps what {@code text}, written at {@code at}, says in the other languages. */
  void record(JsonPointer at, Text text) {
    ObjectNode byLanguage = JsonNodeFactory.instance.objectNode();
    for (String language : localized.languages()) {
      if (language.equals(localized.language())) {
        continue;
      }
      if (language.equals(localized.primaryLanguage())) {
        byLanguage.put(language, text.value());
      } else if (text.has(language)) {
        byLanguage.put(language, text.in(language));
      }
    }
    if (!byLanguage.isEmpty()) {
      byPointer.set(at.toString(), byLanguage);
    }
  }

  boolean isEmpty() {
    return byPointer.isEmpty();
  }

  ObjectNode toJson() {
    return byPointer;
  }
}
