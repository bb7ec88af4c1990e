package dev.vitae.importer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.json.JsonResumeLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the fields of one JSON object as model values, and remembers which it read: once the
 * object is done, every other field is reported as not imported. A value of the wrong kind (an
 * object where a string belongs) is reported too; a missing or {@code null} value is simply
 * absent.
 */
final class JsonObjectReader {

  private final ObjectNode node;
  private final JsonPointer at;
  private final ReadContext context;
  private final Set<String> read = new HashSet<>();

  JsonObjectReader(ObjectNode node, JsonPointer at, ReadContext context) {
    this.node = node;
    this.at = at;
    this.context = context;
  }

  /** Where this object sits in the document. */
  JsonPointer at() {
    return at;
  }

  ReadContext context() {
    return context;
  }

  /**
   * A plain string: an e-mail address, a code. A JSON number counts as the text it is written
   * as ({@code "score": 4.10} as "4.10"), as JSON Resume documents in the wild have them.
   */
  String string(String name) {
    JsonNode value = field(name);
    if (value == null) {
      return null;
    }
    if (isString(value)) {
      return value.asText();
    }
    context.skip(at.appendProperty(name), "not a string");
    return null;
  }

  /** A URL; an empty one means none, and Vitae would reject it. */
  String url(String name) {
    String url = string(name);
    if (url != null && url.isEmpty()) {
      context.skip(at.appendProperty(name), "an empty URL");
      return null;
    }
    return url;
  }

  /** A text of the CV, with its translations. */
  Text text(String name) {
    String value = string(name);
    return value == null ? null : context.text(at.appendProperty(name), value);
  }

  /** A list of texts: keywords, courses, roles. */
  List<Text> texts(String name) {
    return elements(name, this::texts);
  }

  /** A table's rows, each a list of texts. */
  List<List<Text>> rows(String name) {
    // An empty row could not be written: .row() fits both row(String...) and row(Text...).
    return elements(name, (rows, rowsAt) -> each(rows, rowsAt,
        "a row of one or more cells (an array of strings)",
        row -> row.isArray() && !row.isEmpty(), this::texts));
  }

  /** A date at the precision written: 2019, 2019-05 or 2019-05-17. */
  PartialDate date(String name) {
    String value = string(name);
    if (value == null) {
      return null;
    }
    Optional<PartialDate> date = PartialDates.parse(value);
    if (date.isEmpty()) {
      context.skip(at.appendProperty(name), "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return date.orElse(null);
  }

  /** {@code startDate}, {@code endDate}, and whether the entry goes on. */
  DateRange dates() {
    PartialDate start = date(JsonResumeLayout.START_DATE);
    PartialDate end = date(JsonResumeLayout.END_DATE);
    return new DateRange(start, end, context.isOngoing(at, start, end));
  }

  /**
   * JSON Resume's flat list of bullets, each with the bullets the extension nests under it.
   */
  List<Highlight> highlights(String name) {
    return elements(name, (array, arrayAt) -> each(array, arrayAt, "a string",
        JsonNode::isTextual, (text, textAt) -> new Highlight(context.text(textAt, text.asText()),
            context.subHighlights(textAt, this::highlightTree))));
  }

  /** Bullets as trees: {@code [{"text": "...", "highlights": [...]}]}, to any depth. */
  List<Highlight> highlightTree(String name) {
    return elements(name, this::highlightTree);
  }

  private List<Highlight> highlightTree(JsonNode array, JsonPointer arrayAt) {
    return objects(array, arrayAt, bullet -> {
      Text text = bullet.text("text");
      return new Highlight(text == null ? Text.of("") : text, bullet.highlightTree("highlights"));
    });
  }

  /** A list of plain strings: language tags, pointers. */
  List<String> strings(String name) {
    return elements(name, (array, arrayAt) -> each(array, arrayAt, "a string",
        JsonNode::isTextual, (text, textAt) -> text.asText()));
  }

  /**
   * The strings of the array field {@code name}, each with where it is; one given twice keeps
   * the first place.
   */
  Map<String, JsonPointer> placedStrings(String name) {
    Map<String, JsonPointer> placed = new LinkedHashMap<>();
    elements(name, (array, arrayAt) -> each(array, arrayAt, "a string", JsonNode::isTextual,
        (text, textAt) -> placed.putIfAbsent(text.asText(), textAt)));
    return placed;
  }

  /**
   * The object field {@code name} as it is, for the caller to take apart; marked as read, so
   * the caller reports what it leaves. Null when absent or not an object.
   */
  ObjectNode rawObject(String name) {
    JsonNode value = field(name);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      context.skip(at.appendProperty(name), "not an object");
      return null;
    }
    return (ObjectNode) value;
  }

  /**
   * A reader of the object field {@code name} that stays open: the caller reads it in steps
   * and calls {@link #finish()}. Null when absent or not an object.
   */
  JsonObjectReader open(String name) {
    ObjectNode value = rawObject(name);
    return value == null ? null : new JsonObjectReader(value, at.appendProperty(name), context);
  }

  /** An object field read by {@code reader}; null when absent or not an object. */
  <T> T object(String name, Function<JsonObjectReader, T> reader) {
    JsonNode value = field(name);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      context.skip(at.appendProperty(name), "not an object");
      return null;
    }
    return readObject((ObjectNode) value, at.appendProperty(name), reader);
  }

  /** An array of objects, each read by {@code reader}. */
  <T> List<T> objects(String name, Function<JsonObjectReader, T> reader) {
    return elements(name, (array, arrayAt) -> objects(array, arrayAt, reader));
  }

  private <T> List<T> objects(JsonNode array, JsonPointer arrayAt,
      Function<JsonObjectReader, T> reader) {
    return each(array, arrayAt, "an object", JsonNode::isObject,
        (element, elementAt) -> readObject((ObjectNode) element, elementAt, reader));
  }

  private <T> T readObject(ObjectNode value, JsonPointer valueAt,
      Function<JsonObjectReader, T> reader) {
    JsonObjectReader object = new JsonObjectReader(value, valueAt, context);
    T result = reader.apply(object);
    object.finish();
    return result;
  }

  /** The names of this object's fields, in the document's order. */
  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Marks {@code name} as read without reading it: a field the import knows to leave out. */
  void ignore(String name) {
    read.add(name);
  }

  /** Reports every field of this object that was not read. */
  void finish() {
    node.fieldNames().forEachRemaining(name -> {
      if (!read.contains(name)) {
        context.skip(at.appendProperty(name), "an unknown field");
      }
    });
  }

  /** The array field {@code name} read by {@code reader}; empty when absent or no array. */
  private <T> List<T> elements(String name, ReadContext.ArrayReader<T> reader) {
    JsonNode value = field(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      context.skip(at.appendProperty(name), "not an array");
      return List.of();
    }
    return reader.read(value, at.appendProperty(name));
  }

  private List<Text> texts(JsonNode array, JsonPointer arrayAt) {
    return each(array, arrayAt, "a string", JsonObjectReader::isString,
        (text, textAt) -> context.text(textAt, text.asText()));
  }

  private static boolean isString(JsonNode value) {
    return value.isTextual() || value.isNumber();
  }

  /**
   * Each element of {@code array} that {@code fits}, read by {@code reader}; the others are
   * reported as not being {@code what} the array holds.
   */
  private <T> List<T> each(JsonNode array, JsonPointer arrayAt, String what,
      Predicate<JsonNode> fits, ElementReader<T> reader) {
    List<T> values = new ArrayList<>();
    for (int index = 0; index < array.size(); index++) {
      JsonNode element = array.get(index);
      JsonPointer elementAt = arrayAt.appendIndex(index);
      if (fits.test(element)) {
        values.add(reader.read(element, elementAt));
      } else {
        context.skip(elementAt, "not " + what);
      }
    }
    return values;
  }

  @FunctionalInterface
  private interface ElementReader<T> {
    T read(JsonNode element, JsonPointer at);
  }

  /** The field's value, marked as read; null when absent or JSON {@code null}. */
  private JsonNode field(String name) {
    read.add(name);
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }
}
