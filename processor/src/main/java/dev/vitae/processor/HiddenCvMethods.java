package dev.vitae.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.vitae.dsl.Cv;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Finds @Cv methods in local and anonymous classes. Annotation processing never sees those
 * (they live inside method bodies), so without this they would compile without a word.
 */
final class HiddenCvMethods {

  private final Trees trees;

  HiddenCvMethods(Trees trees) {
    this.trees = trees;
  }

  /** Reports each @Cv method of a local or anonymous class in the top-level {@code type}. */
  void report(CompilationUnitTree unit, TypeElement type) {
    if (unit == null || type.getNestingKind() != NestingKind.TOP_LEVEL) {
      return;
    }
    TreePath path = trees.getPath(type);
    if (path == null) {
      return;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree method, Void unused) {
        Element element = trees.getElement(getCurrentPath());
        if (element != null && element.getAnnotation(Cv.class) != null
            && element.getEnclosingElement() instanceof TypeElement owner
            && isHidden(owner)) {
          trees.printMessage(Kind.ERROR, Message.CV_METHOD.format("a @Cv method must be in a"
              + " top-level or member class; Vitae cannot reach one in "
              + (owner.getNestingKind() == NestingKind.ANONYMOUS ? "an anonymous" : "a local")
              + " class: move " + method.getName() + "() to a named class"), method, unit);
        }
        return super.visitMethod(method, unused);
      }
    }.scan(path, null);
  }

  private static boolean isHidden(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return true;
      }
    }
    return false;
  }
}
