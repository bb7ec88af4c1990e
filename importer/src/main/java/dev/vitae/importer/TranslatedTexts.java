package dev.vitae.importer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each text of a Vitae JSON document back together with its translations. The document
 * holds every text in its own language, and {@code x-vitae.translations} the same text in the
 * CV's other languages, keyed by the JSON Pointer of the string: together they give the text
 * in the CV's first language and its translations, as the author wrote them.
 */
final class TranslatedTexts {

  private final Localization localization;
  private final String documentLanguage;
  private final ObjectNode byPointer;
  private final JsonPointer translationsAt;
  private final List<NotImported> notImported;

  /**
   * @param localization the CV's languages and fallbacks
   * @param documentLanguage the language the document's texts are in
   * @param byPointer {@code x-vitae.translations}; entries are taken out as they are used
   * @param translationsAt where {@code byPointer} sits in the document
   */
  TranslatedTexts(Localization localization, String documentLanguage, ObjectNode byPointer,
      JsonPointer translationsAt, List<NotImported> notImported) {
    this.localization = localization;
    this.documentLanguage = documentLanguage;
    this.byPointer = byPointer;
    this.translationsAt = translationsAt;
    this.notImported = notImported;
  }

  /** For a document without translations: every text is plain English. */
  static TranslatedTexts none(List<NotImported> notImported) {
    return new TranslatedTexts(Localization.ENGLISH, "en", JsonNodeFactory.instance.objectNode(),
        JsonPointer.empty(), notImported);
  }

  /** The text the document holds at {@code at} as {@code value}, with its translations. */
  Text at(JsonPointer at, String value) {
    Map<String, String> given = translationsOf(at);
    String primary = localization.primary();
    String primaryValue = documentLanguage.equals(primary)
        ? value : given.getOrDefault(primary, value);
    given.remove(primary);
    Map<String, String> others = new LinkedHashMap<>();
    for (String language : localization.languages()) {
      if (!language.equals(primary) && !language.equals(documentLanguage)
          && given.containsKey(language)) {
        others.put(language, given.remove(language));
      }
    }
    if (!documentLanguage.equals(primary) && !fallsBackTo(value, primaryValue, others)) {
      others.put(documentLanguage, value);
    }
    given.keySet().forEach(language -> notImported.add(new NotImported(
        translationsAt.appendProperty(at.toString()).appendProperty(language).toString(),
        "a translation into none of the CV's other languages")));
    List<Translation> translations = new ArrayList<>();
    for (String language : localization.languages()) {
      if (others.containsKey(language)) {
        translations.add(Translation.of(language, others.get(language)));
      }
    }
    return new Text(primaryValue, translations);
  }

  /**
   * True when the document's language has a fallback that already gives {@code value}: the
   * author wrote no translation of their own, so none is imported.
   */
  private boolean fallsBackTo(String value, String primaryValue, Map<String, String> others) {
    if (!localization.fallbacks().containsKey(documentLanguage)) {
      return false;
    }
    List<Translation> translations = new ArrayList<>();
    others.forEach((language, text) -> translations.add(Translation.of(language, text)));
    return localization.textOf(new Text(primaryValue, translations), documentLanguage)
        .equals(value);
  }

  /** The translations recorded for the string at {@code at}, taken out of the document. */
  private Map<String, String> translationsOf(JsonPointer at) {
    Map<String, String> given = new LinkedHashMap<>();
    JsonNode byLanguage = byPointer.remove(at.toString());
    if (byLanguage == null) {
      return given;
    }
    JsonPointer entryAt = translationsAt.appendProperty(at.toString());
    if (!byLanguage.isObject()) {
      notImported.add(new NotImported(entryAt.toString(), "not an object of translations"));
      return given;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = byLanguage.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> translation = it.next();
      if (translation.getValue().isTextual()) {
        given.put(translation.getKey(), translation.getValue().asText());
      } else {
        notImported.add(new NotImported(entryAt.appendProperty(translation.getKey()).toString(),
            "not a string"));
      }
    }
    return given;
  }

  /** Reports the translations of strings the document does not have. */
  void reportUnused() {
    byPointer.fieldNames().forEachRemaining(pointer -> notImported.add(new NotImported(
        translationsAt.appendProperty(pointer).toString(),
        "translations of a text the document does not have")));
  }
}
