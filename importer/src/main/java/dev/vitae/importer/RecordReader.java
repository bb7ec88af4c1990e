package dev.vitae.importer;

import dev.vitae.dsl.model.Components;
import dev.vitae.generators.json.JsonResumeLayout.Part;
import dev.vitae.generators.json.JsonResumeLayout.Shape;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Reads the model's records from JSON objects as Vitae's JSON output lays them out
 * ({@link dev.vitae.generators.json.JsonResumeLayout}): each component from the member of its
 * name, by its shape, and the record made through its canonical constructor. Nothing here
 * names a section or a field but the few string fields that hold URLs.
 */
final class RecordReader {

  /** The string components that hold a URL, where an empty string means none. */
  private static final Set<String> URLS = Set.of("url", "image", "canonical");

  private RecordReader() {}

  /** A record of {@code type}, its components read from the members of {@code json}. */
  static <R extends Record> R read(Class<R> type, JsonObjectReader json, Part part) {
    RecordComponent[] components = Components.of(type);
    Object[] values = new Object[components.length];
    for (int index = 0; index < components.length; index++) {
      values[index] = value(components[index], json, part);
    }
    return construct(type, values);
  }

  /** The component {@code name} of {@code type}, read from the member of its name. */
  static Object component(Class<? extends Record> type, String name, JsonObjectReader json,
      Part part) {
    return value(componentNamed(type, name), json, part);
  }

  /** A record of {@code type} with the values {@code byName} gives its components. */
  static <R extends Record> R construct(Class<R> type, Map<String, Object> byName) {
    return construct(type, Arrays.stream(Components.of(type))
        .map(component -> byName.get(component.getName())).toArray());
  }

  private static Object value(RecordComponent component, JsonObjectReader json, Part part) {
    String name = component.getName();
    return switch (Shape.of(component)) {
      case TEXT -> json.text(name);
      case STRING -> URLS.contains(name) ? json.url(name) : json.string(name);
      case DATE -> json.date(name);
      case DATES -> json.dates();
      case TEXTS -> json.texts(name);
      case HIGHLIGHTS -> part.highlightTrees() ? json.highlightTree(name) : json.highlights(name);
      case ROWS -> json.rows(name);
      case OBJECT -> json.object(name, object -> read(Shape.recordType(component), object, part));
      case OBJECTS -> json.objects(name,
          object -> read(Shape.recordType(component), object, part));
    };
  }

  private static RecordComponent componentNamed(Class<? extends Record> type, String name) {
    for (RecordComponent component : Components.of(type)) {
      if (component.getName().equals(name)) {
        return component;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no " + name);
  }

  private static <R extends Record> R construct(Class<R> type, Object[] values) {
    Class<?>[] types = Arrays.stream(Components.of(type)).map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    try {
      Constructor<R> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (InvocationTargetException refused) {
      if (refused.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), refused);
    } catch (ReflectiveOperationException unusable) {
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), unusable);
    }
  }
}
