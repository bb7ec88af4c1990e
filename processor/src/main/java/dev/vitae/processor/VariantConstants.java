package dev.vitae.processor;

import dev.vitae.dsl.Variant;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The author's variants ({@code enum Track implements Variant}) while their own classes are
 * still being compiled: each constant stands in as a {@link Variant} with its name and its
 * type's binary name, the very values the enum gives at run time. The same constant is always
 * the same object, so {@code ==} compares variants as it does at run time.
 */
final class VariantConstants {

  private final Elements elements;
  private final Types types;
  private final Map<String, Variant> constants = new HashMap<>();

  VariantConstants(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** True for an enum that implements {@link Variant}. */
  boolean isVariantEnum(TypeElement type) {
    TypeElement variant = elements.getTypeElement(Variant.class.getName());
    TypeMirror erased = types.erasure(type.asType());
    return type.getKind() == ElementKind.ENUM && variant != null
        && types.isAssignable(erased, types.erasure(variant.asType()));
  }

  /** The stand-in of {@code constant}. */
  Variant constant(VariableElement constant) {
    String family = elements.getBinaryName((TypeElement) constant.getEnclosingElement())
        .toString();
    String name = constant.getSimpleName().toString();
    return constants.computeIfAbsent(family + "#" + name, key -> standIn(family, name));
  }

  /** {@code Track.values()}: every constant, in their order. */
  Variant[] values(TypeElement type) {
    List<Variant> values = new ArrayList<>();
    for (var member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        values.add(constant((VariableElement) member));
      }
    }
    return values.toArray(new Variant[0]);
  }

  private static Variant standIn(String family, String name) {
    return (Variant) Proxy.newProxyInstance(Variant.class.getClassLoader(),
        new Class<?>[] {Variant.class}, (proxy, method, arguments) -> switch (method.getName()) {
          case "name", "toString" -> name;
          case "family" -> family;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == arguments[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
