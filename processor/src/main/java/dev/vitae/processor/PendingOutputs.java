package dev.vitae.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * A CV's outputs wait for its class files. javac writes no class file for a source file with
 * errors, its own or Vitae's; so a CV's rendered outputs are written once every class of its
 * source file is generated, and the outputs of an earlier compilation are removed when that
 * does not happen. After a failed compilation no output of a failing CV remains; after a
 * successful one, exactly its current outputs.
 */
final class PendingOutputs {

  private final Trees trees;
  private final OutputWriter writer;
  private final List<Pending> pending = new ArrayList<>();
  private final Set<String> generated = new HashSet<>();

  PendingOutputs(Trees trees, OutputWriter writer) {
    this.trees = trees;
    this.writer = writer;
  }

  /** Keeps a checked CV's documents until the classes of {@code unit} are generated. */
  void hold(String name, Map<String, String> documents, Tree tree, CompilationUnitTree unit) {
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
    try {
      writer.deleteStale(name);
      return null;
    } catch (IOException | RuntimeException failure) {
      return Message.OUTPUT.format("cannot remove the old outputs of " + name + ": " + failure);
    }
  }

  /** javac wrote the class file of {@code type}: write the outputs that waited for it. */
  void generated(String type) {
    generated.add(type);
    for (Iterator<Pending> waiting = pending.iterator(); waiting.hasNext(); ) {
      Pending cv = waiting.next();
      if (generated.containsAll(cv.types())) {
        waiting.remove();
        write(cv);
      }
    }
  }

  /** The compilation is over: what still waits belongs to a source file with errors. */
  void finish() {
    for (Pending cv : pending) {
      discard(cv.name(), cv.tree(), cv.unit());
    }
    pending.clear();
  }

  private void write(Pending cv) {
    try {
      writer.write(cv.name(), cv.documents());
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

  private record Pending(String name, Map<String, String> documents, Set<String> types,
      Tree tree, CompilationUnitTree unit) {}
}
