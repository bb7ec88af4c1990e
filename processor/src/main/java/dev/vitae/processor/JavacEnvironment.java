package dev.vitae.processor;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's own processing environment behind a wrapper. IntelliJ's build (JPS) hands
 * processors a {@link Proxy} whose invocation handler keeps the real environment in a field;
 * javac's tree API ({@code Trees.instance}, {@code JavacTask.instance}) accepts only the real
 * one. The Checker Framework unwraps it the same way.
 */
final class JavacEnvironment {

  /** How deep to look through wrappers of wrappers. */
  private static final int MAX_DEPTH = 4;

  private JavacEnvironment() {}

  /**
   * The environment inside {@code environment}'s proxies and decorators, or {@code environment}
   * itself when it wraps none.
   */
  static ProcessingEnvironment unwrap(ProcessingEnvironment environment) {
    ProcessingEnvironment current = environment;
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    for (int depth = 0; depth < MAX_DEPTH && seen.put(current, true) == null; depth++) {
      Object holder = Proxy.isProxyClass(current.getClass())
          ? Proxy.getInvocationHandler(current) : current;
      ProcessingEnvironment inner = heldBy(holder, current);
      if (inner == null) {
        return current;
      }
      current = inner;
    }
    return current;
  }

  /** The class to name when the tree API is not available: the real compiler's, if found. */
  static String describe(ProcessingEnvironment environment) {
    ProcessingEnvironment inner = unwrap(environment);
    return inner == environment ? environment.getClass().getName()
        : inner.getClass().getName() + " inside " + environment.getClass().getName();
  }

  /** A processing environment other than {@code outer} in a field of {@code holder}. */
  private static ProcessingEnvironment heldBy(Object holder, ProcessingEnvironment outer) {
    if (holder instanceof InvocationHandler || holder == outer) {
      for (Class<?> type = holder.getClass(); type != null && type != Object.class;
          type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
            continue;
          }
          try {
            field.setAccessible(true);
            Object value = field.get(holder);
            if (value instanceof ProcessingEnvironment inner && inner != outer) {
              return inner;
            }
          } catch (RuntimeException | IllegalAccessException closed) {
            // a module that does not open the field: not the wrapper we look for
          }
        }
      }
    }
    return null;
  }
}
