package dev.vitae.generators.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.json.JsonResumeLayout.Part;
import dev.vitae.generators.json.JsonResumeLayout.Shape;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The fields of one JSON object being written, and where that object sits in the document.
 * Every write skips what is absent (null values, empty lists, empty objects), so an output
 * never holds a null; every {@link Text} written reports its translations to the extension
 * under the JSON Pointer of the string it translates.
 */
final class Fields {

  private final ObjectNode node;
  private final JsonPointer at;
  private final VitaeExtension extension;

  Fields(ObjectNode node, JsonPointer at, VitaeExtension extension) {
    this.node = node;
    this.at = at;
    this.extension = extension;
  }

  static Fields root(VitaeExtension extension) {
    return new Fields(JsonNodeFactory.instance.objectNode(), JsonPointer.empty(), extension);
  }

  ObjectNode node() {
    return node;
  }

  /** The component {@code name} of {@code record} as a member of this object. */
  Fields component(Record record, String name, Part part) {
    for (RecordComponent component : Components.of(record.getClass())) {
      if (component.getName().equals(name)) {
        return member(component, Components.read(record, component), part);
      }
    }
    throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
  }

  /** Every component of {@code record}, in order, as the members of this object. */
  Fields components(Record record, Part part) {
    for (RecordComponent component : Components.of(record.getClass())) {
      member(component, Components.read(record, component), part);
    }
    return this;
  }

  /** {@code value}, the value of {@code component}, written as its shape is. */
  @SuppressWarnings("unchecked")
  private Fields member(RecordComponent component, Object value, Part part) {
    String name = component.getName();
    return switch (Shape.of(component)) {
      case TEXT -> text(name, (Text) value);
      case STRING -> string(name, (String) value);
      case DATE -> date(name, (PartialDate) value);
      case DATES -> dates((DateRange) value);
      case TEXTS -> texts(name, (List<Text>) value);
      case HIGHLIGHTS -> part.highlightTrees()
          ? highlightTree(name, (List<Highlight>) value)
          : highlights(name, (List<Highlight>) value);
      case ROWS -> rows(name, (List<List<Text>>) value);
      case OBJECT -> object(name, (Record) value,
          (record, fields) -> fields.components(record, part));
      case OBJECTS -> array(name, (List<Record>) value,
          (record, fields) -> fields.components(record, part));
    };
  }

  /** A plain string field: URLs, e-mail, phone, codes. */
  Fields string(String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
    return this;
  }

  /** A text field: the markup source as the author wrote it. */
  Fields text(String name, Text value) {
    if (value != null) {
      node.put(name, extension.localized().text(value));
      extension.translations().record(at.appendProperty(name), value);
    }
    return this;
  }

  /** A table's rows: an array per row of its cells' strings. */
  Fields rows(String name, List<List<Text>> rows) {
    if (rows.isEmpty()) {
      return this;
    }
    ArrayNode array = node.putArray(name);
    JsonPointer arrayAt = at.appendProperty(name);
    for (int index = 0; index < rows.size(); index++) {
      addTexts(array.addArray(), arrayAt.appendIndex(index), rows.get(index));
    }
    return this;
  }

  /** A list of texts (keywords, courses, roles) as an array of strings. */
  Fields texts(String name, List<Text> values) {
    if (!values.isEmpty()) {
      addTexts(node.putArray(name), at.appendProperty(name), values);
    }
    return this;
  }

  /** Each text into {@code array}, which sits at {@code arrayAt}, keeping its translations. */
  private void addTexts(ArrayNode array, JsonPointer arrayAt, List<Text> values) {
    for (int index = 0; index < values.size(); index++) {
      Text value = values.get(index);
      array.add(extension.localized().text(value));
      extension.translations().record(arrayAt.appendIndex(index), value);
    }
  }

  /** A date at the precision the author gave it: 2019, 2019-05 or 2019-05-17. */
  Fields date(String name, PartialDate value) {
    if (value != null) {
      node.put(name, value.toIso());
    }
    return this;
  }

  /**
   * {@code startDate} and {@code endDate} as JSON Resume has them. JSON Resume cannot tell an
   * ongoing entry ("since 2021") from a single date ("2021"): both have a start and no end.
   * The extension therefore keeps which entries go on.
   */
  Fields dates(DateRange range) {
    if (range == null) {
      return this;
    }
    date(JsonResumeLayout.START_DATE, range.start());
    date(JsonResumeLayout.END_DATE, range.end());
    if (range.ongoing()) {
      extension.markOngoing(at);
    }
    return this;
  }

  /**
   * JSON Resume highlights: a flat list of strings, one per top-level bullet, so every theme
   * shows them. The bullets nested under bullet {@code i} go to the extension, keyed by the
   * pointer of bullet {@code i}.
   */
  Fields highlights(String name, List<Highlight> highlights) {
    if (highlights.isEmpty()) {
      return this;
    }
    ArrayNode array = node.putArray(name);
    JsonPointer arrayAt = at.appendProperty(name);
    for (int index = 0; index < highlights.size(); index++) {
      Highlight highlight = highlights.get(index);
      JsonPointer highlightAt = arrayAt.appendIndex(index);
      array.add(extension.localized().text(highlight.text()));
      extension.translations().record(highlightAt, highlight.text());
      if (!highlight.highlights().isEmpty()) {
        extension.subHighlights().highlightTree(highlightAt.toString(), highlight.highlights());
      }
    }
    return this;
  }

  /**
   * Highlights as a tree: {@code [{"text": "...", "highlights": [...]}]}, nested to any depth.
   * Used wherever the extension keeps bullets.
   */
  Fields highlightTree(String name, List<Highlight> highlights) {
    return array(name, highlights,
        (highlight, fields) -> fields.components(highlight, Part.EXTENSION));
  }

  /** An object field filled by {@code fill}; left out when it comes out empty. */
  <T> Fields object(String name, T value, BiConsumer<T, Fields> fill) {
    if (value == null) {
      return this;
    }
    Fields child = new Fields(node.objectNode(), at.appendProperty(name), extension);
    fill.accept(value, child);
    if (!child.node.isEmpty()) {
      node.set(name, child.node);
    }
    return this;
  }

  /** An array of objects, one per value, each filled by {@code fill}; left out when empty. */
  <T> Fields array(String name, List<T> values, BiConsumer<T, Fields> fill) {
    if (values.isEmpty()) {
      return this;
    }
    ArrayNode array = node.putArray(name);
    JsonPointer arrayAt = at.appendProperty(name);
    for (int index = 0; index < values.size(); index++) {
      // An element stays even if it comes out empty: later pointers count on its index.
      fill.accept(values.get(index), new Fields(array.addObject(), arrayAt.appendIndex(index),
          extension));
    }
    return this;
  }
}
