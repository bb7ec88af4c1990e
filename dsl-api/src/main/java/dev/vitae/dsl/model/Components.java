package dev.vitae.dsl.model;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the model's records by component name. The metamodel names fields as the records do
 * ({@link SectionKind.Roles}), so rules and outputs can follow it without a line per field.
 */
public final class Components {

  private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

  private Components() {}

  /** The components of {@code type}, in declaration order. */
  public static RecordComponent[] of(Class<? extends Record> type) {
    return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents).clone();
  }

  /** The value of {@code record}'s component {@code name}. */
  public static Object read(Record record, String name) {
    for (RecordComponent component : COMPONENTS.computeIfAbsent(record.getClass(),
        Class::getRecordComponents)) {
      if (component.getName().equals(name)) {
        return read(record, component);
      }
    }
    throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
  }

  /** The value of {@code component} in {@code record}. */
  public static Object read(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException unreadable) {
      throw new IllegalStateException("cannot read " + component, unreadable);
    }
  }
}
