package dev.vitae.importer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every part of one document's reading shares: the list of what could not be imported,
 * and what the document's {@code x-vitae} extension says about its texts and entries. Without
 * an extension the document is plain JSON Resume: English, and an entry with a start and no
 * end goes on.
 */
final class ReadContext {

  private final List<NotImported> notImported = new ArrayList<>();
  private TranslatedTexts texts = TranslatedTexts.none(notImported);
  /**
   * The pointers of the entries that go on, each with where the extension names it; null to go
   * by JSON Resume's convention.
   */
  private Map<String, JsonPointer> ongoing;
  private ObjectNode subHighlights;
  private JsonPointer subHighlightsAt;

  /** Notes that the value at {@code at} is left out, and why. */
  void skip(JsonPointer at, String reason) {
    notImported.add(new NotImported(at.toString(), reason));
  }

  List<NotImported> notImported() {
    return notImported;
  }

  /** The text the document holds at {@code at}, with its translations. */
  Text text(JsonPointer at, String value) {
    return texts.at(at, value);
  }

  void useTranslations(TranslatedTexts texts) {
    this.texts = texts;
  }

  /**
   * From now on, exactly the entries named go on: the keys of {@code entries} are their
   * pointers, the values where the extension names them.
   */
  void useOngoing(Map<String, JsonPointer> entries) {
    this.ongoing = new LinkedHashMap<>(entries);
  }

  /** The bullets nested under top-level bullets, keyed by the pointer of their bullet. */
  void useSubHighlights(ObjectNode byHighlight, JsonPointer at) {
    this.subHighlights = byHighlight;
    this.subHighlightsAt = at;
  }

  /** Whether the entry at {@code entry} goes on ("Present"). */
  boolean isOngoing(JsonPointer entry, PartialDate start, PartialDate end) {
    if (ongoing == null) {
      return start != null && end == null;
    }
    return ongoing.remove(entry.toString()) != null;
  }

  /**
   * The bullets nested under the bullet at {@code highlight}, read by {@code reader}; empty
   * when it has none.
   */
  <T> List<T> subHighlights(JsonPointer highlight, ArrayReader<T> reader) {
    if (subHighlights == null) {
      return List.of();
    }
    JsonNode nested = subHighlights.remove(highlight.toString());
    if (nested == null) {
      return List.of();
    }
    JsonPointer nestedAt = subHighlightsAt.appendProperty(highlight.toString());
    if (!nested.isArray()) {
      skip(nestedAt, "not an array");
      return List.of();
    }
    return reader.read(nested, nestedAt);
  }

  /** Reads the array {@code node} found at {@code at}. */
  @FunctionalInterface
  interface ArrayReader<T> {
    List<T> read(JsonNode node, JsonPointer at);
  }

  /** Reports what the extension says about entries, bullets and texts the document lacks. */
  void reportUnused() {
    texts.reportUnused();
    if (ongoing != null) {
      ongoing.values().forEach(at -> skip(at, "an ongoing entry the document does not have"));
    }
    if (subHighlights != null) {
      subHighlights.fieldNames().forEachRemaining(pointer -> skip(
          subHighlightsAt.appendProperty(pointer), "bullets under a bullet the document lacks"));
    }
  }
}
