package dev.vitae.generators;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, but a record's components ({@code item.title}) are
 * read through method handles made once per record class instead of through the bean
 * introspection and reflective calls of {@link BeansWrapper}: the presentation model is read
 * thousands of times per CV. Everything else about a record (its methods, {@code ?has_content},
 * printing it) is the bean model's, so every template expression means what it meant.
 */
final class RecordWrapper extends DefaultObjectWrapper {

  /** The component accessors of a public record class by name, or none for another class. */
  private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      Map<String, MethodHandle> accessors = new HashMap<>();
      try {
        for (RecordComponent component : type.getRecordComponents()) {
          accessors.put(component.getName(),
              MethodHandles.publicLookup().unreflect(component.getAccessor()));
        }
      } catch (IllegalAccessException notPublic) {
        return Map.of(); // the bean model reads it, or refuses it, as before
      }
      return Map.copyOf(accessors);
    }
  };

  RecordWrapper(Version incompatibleImprovements) {
    super(new DefaultObjectWrapperConfiguration(incompatibleImprovements) {}, true);
  }

  @Override
  protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
    if (object instanceof Record) {
      Map<String, MethodHandle> accessors = ACCESSORS.get(object.getClass());
      if (!accessors.isEmpty()) {
        return new RecordModel(object, this, accessors);
      }
    }
    return super.handleUnknownType(object);
  }

  /**
   * A record as the bean model sees it, its components read straight from their accessors.
   * A call ({@code look.accentOnDark()}) is the bean model's, as for any other object.
   */
  private static final class RecordModel extends StringModel
      implements MethodCallAwareTemplateHashModel {

    private final Map<String, MethodHandle> accessors;

    RecordModel(Object record, BeansWrapper wrapper, Map<String, MethodHandle> accessors) {
      super(record, wrapper);
      this.accessors = accessors;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      MethodHandle accessor = accessors.get(key);
      if (accessor == null) {
        return super.get(key);
      }
      try {
        return wrapper.wrap(accessor.invoke(object));
      } catch (RuntimeException | Error failure) {
        throw failure;
      } catch (Throwable checked) {
        throw new TemplateModelException("cannot read " + key + " of " + object, checked);
      }
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
        ShouldNotBeGetAsMethodException {
      return super.getBeforeMethodCall(key);
    }
  }
}
