package dev.vitae.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The CVs' outputs wait for the compilation's end. javac writes no class file for a source
 * file with errors, its own or Vitae's, and after a first error it may write none for the
 * files it meets later; so when every class of every checked CV's source file was generated,
 * all the rendered outputs are written, and otherwise none is and the earlier outputs of
 * every CV of the compilation are removed. After a failed compilation no CV's output remains,
 * whatever order javac met the files in; after a successful one, exactly the current ones.
 */
final class PendingOutputs {

  private final Trees trees;
  private final OutputWriter writer;
  private final List<Pending> pending = new ArrayList<>();
  private final Set<String> generated = new HashSet<>();
  /** A CV of this compilation has an error: the compilation fails. */
  private boolean failed;

  PendingOutputs(Trees trees, OutputWriter writer) {
    this.trees = trees;
    this.writer = writer;
  }

  /**
   * Keeps a checked CV's documents, being rendered, until the classes of {@code unit} are
   * generated.
   */
  void hold(String name, Future<Map<String, String>> documents, Tree tree,
      CompilationUnitTree unit) {
    pending.add(new Pending(name, documents, typesOf(unit), tree, unit));
  }

  /** The CV called {@code name} has an error: no output of it may remain. */
  void discard(String name, Tree tree, CompilationUnitTree unit) {
    String failure = discard(name);
    if (failure != null) {
      error(failure, tree, unit);
    }
  }

  /** Removes the outputs of the CV called {@code name}; null, or the error to report. */
  String discard(String name) {
    failed = true;
    try {
      writer.deleteStale(name);
      return null;
    } catch (IOException | RuntimeException failure) {
      return Message.OUTPUT.format("cannot remove the old outputs of " + name + ": " + failure);
    }
  }

  /** javac wrote the class file of {@code type}. */
  void generated(String type) {
    generated.add(type);
  }

  /**
   * The compilation is over: every CV's outputs are written if every class they wait for was
   * generated; otherwise the compilation failed, and none remains.
   */
  void finish() {
    Map<Pending, Map<String, String>> rendered = new HashMap<>();
    for (Pending cv : pending) {
      Map<String, String> documents = await(cv);
      if (documents == null) {
        failed = true;
      } else {
        rendered.put(cv, documents);
      }
    }
    boolean compiled = !failed
        && pending.stream().allMatch(cv -> generated.containsAll(cv.types()));
    for (Pending cv : pending) {
      if (compiled) {
        write(cv, rendered.get(cv));
      } else {
        discard(cv.name(), cv.tree(), cv.unit());
      }
    }
    pending.clear();
  }

  /** The CV's rendered documents, or null when rendering failed (reported at the CV). */
  private Map<String, String> await(Pending cv) {
    try {
      return cv.documents().get();
    } catch (ExecutionException failure) {
      // Never crash javac: a bug in Vitae becomes one clear error on the method.
      error(Message.INTERNAL.format("internal error in Vitae, please report: "
          + failure.getCause()), cv.tree(), cv.unit());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      error(Message.OUTPUT.format("cannot write the outputs of " + cv.name()
          + ": interrupted while they were rendered"), cv.tree(), cv.unit());
    }
    return null;
  }

  private void write(Pending cv, Map<String, String> documents) {
    try {
      writer.write(cv.name(), documents);
    } catch (IOException | RuntimeException failure) {
      error(Message.OUTPUT.format("cannot write the outputs of " + cv.name() + ": "
          + failure), cv.tree(), cv.unit());
    }
  }

  /** The top-level classes of a source file, by name. */
  private Set<String> typesOf(CompilationUnitTree unit) {
    Set<String> types = new HashSet<>();
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree) {
        Element type = trees.getElement(TreePath.getPath(unit, declaration));
        if (type instanceof TypeElement named) {
          types.add(named.getQualifiedName().toString());
        }
      }
    }
    return types;
  }

  private void error(String message, Tree tree, CompilationUnitTree unit) {
    trees.printMessage(Kind.ERROR, message, Carets.leftmost(tree), unit);
  }

  private record Pending(String name, Future<Map<String, String>> documents, Set<String> types,
      Tree tree, CompilationUnitTree unit) {}
}
