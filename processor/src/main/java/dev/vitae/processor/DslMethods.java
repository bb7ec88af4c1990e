package dev.vitae.processor;

import java.lang.reflect.Method;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the real dsl-api class or method behind an element javac resolved, so the evaluator
 * runs the very builders that run at run time. Only the DSL's own packages are reachable.
 */
final class DslMethods {

  private static final String DSL_PACKAGE = "dev.vitae.dsl";

  private final Elements elements;
  private final Types types;
  private final ClassLoader loader = DslMethods.class.getClassLoader();

  DslMethods(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** True for methods declared by Vitae's DSL, and for nothing else. */
  boolean isDsl(ExecutableElement method) {
    String owner = elements.getPackageOf(method).getQualifiedName().toString();
    return owner.equals(DSL_PACKAGE) || owner.startsWith(DSL_PACKAGE + ".");
  }

  /** The author's variants, as the evaluator knows them while they compile. */
  VariantConstants variants() {
    return new VariantConstants(elements, types);
  }

  Method reflect(ExecutableElement method) throws ReflectiveOperationException {
    Class<?> owner = load((TypeElement) method.getEnclosingElement());
    List<? extends VariableElement> parameters = method.getParameters();
    Class<?>[] parameterTypes = new Class<?>[parameters.size()];
    for (int i = 0; i < parameterTypes.length; i++) {
      parameterTypes[i] = classOf(parameters.get(i).asType());
    }
    return owner.getMethod(method.getSimpleName().toString(), parameterTypes);
  }

  Class<?> load(TypeElement type) throws ClassNotFoundException {
    return Class.forName(elements.getBinaryName(type).toString(), false, loader);
  }

  /** The class of {@code type}, erased: {@code String[]} for {@code String...}. */
  Class<?> classOf(TypeMirror type) throws ClassNotFoundException {
    TypeMirror erased = types.erasure(type);
    switch (erased.getKind()) {
      case BOOLEAN: return boolean.class;
      case BYTE: return byte.class;
      case SHORT: return short.class;
      case CHAR: return char.class;
      case INT: return int.class;
      case LONG: return long.class;
      case FLOAT: return float.class;
      case DOUBLE: return double.class;
      case ARRAY:
        return classOf(((ArrayType) erased).getComponentType()).arrayType();
      case DECLARED:
        return load((TypeElement) ((DeclaredType) erased).asElement());
      default:
        throw new ClassNotFoundException("no class for type " + type);
    }
  }
}
