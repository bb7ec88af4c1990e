package dev.vitae.generators;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * The Java values of the arguments a template passes to a function of ours
 * ({@code html.inline(item.title)}): the functions are method models the templates call
 * directly, with no bean reflection per call.
 */
public final class TemplateArguments {

  private TemplateArguments() {}

  /** The argument of a function that takes one; null for a missing value. */
  public static Object only(List<?> arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("expected one argument, got " + arguments.size());
    }
    return at(arguments, 0);
  }

  /** The argument of a function that takes one, of {@code type}. */
  public static <T> T only(List<?> arguments, Class<T> type) throws TemplateModelException {
    return as(only(arguments), type);
  }

  /** Argument {@code index} of {@code count}, of {@code type}. */
  public static <T> T at(List<?> arguments, int index, int count, Class<T> type)
      throws TemplateModelException {
    if (arguments.size() != count) {
      throw new TemplateModelException("expected " + count + " arguments, got "
          + arguments.size());
    }
    return as(at(arguments, index), type);
  }

  private static Object at(List<?> arguments, int index) throws TemplateModelException {
    TemplateModel argument = (TemplateModel) arguments.get(index);
    return argument == null ? null : DeepUnwrap.unwrap(argument);
  }

  private static <T> T as(Object value, Class<T> type) throws TemplateModelException {
    if (value != null && !type.isInstance(value)) {
      throw new TemplateModelException("expected " + type.getSimpleName() + ", got "
          + value.getClass().getSimpleName());
    }
    return type.cast(value);
  }
}
