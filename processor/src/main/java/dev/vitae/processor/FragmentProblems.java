package dev.vitae.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * Problems found in fragments: code outside a @Cv method that several CVs may run. Each is
 * reported once, at the fragment, naming the CVs that met it: those compiled together (the
 * CVs of one class) are gathered until {@link #flush()}; a CV compiled later that meets a
 * problem already reported fails without repeating it.
 */
final class FragmentProblems {

  private final Trees trees;
  private final Map<Key, Held> held = new LinkedHashMap<>();
  private final Set<Key> reported = new LinkedHashSet<>();

  FragmentProblems(Trees trees) {
    this.trees = trees;
  }

  /** A problem of the CV {@code cv} at {@code tree} in the fragment's file {@code unit}. */
  void add(String cv, Kind kind, String message, Tree tree, CompilationUnitTree unit) {
    Key key = new Key(unit, trees.getSourcePositions().getStartPosition(unit, tree), message);
    if (!reported.contains(key)) {
      held.computeIfAbsent(key, k -> new Held(kind, tree, new LinkedHashSet<>())).cvs().add(cv);
    }
  }

  /** Reports what was gathered, each once. */
  void flush() {
    held.forEach((key, problem) -> {
      trees.printMessage(problem.kind(), key.message() + " (in a fragment, for "
          + (problem.cvs().size() == 1 ? "the CV " : "the CVs ")
          + String.join(", ", problem.cvs().stream().map(cv -> "\"" + cv + "\"").toList())
          + ")", Carets.leftmost(problem.tree()), key.unit());
      reported.add(key);
    });
    held.clear();
  }

  private record Key(CompilationUnitTree unit, long position, String message) {}

  private record Held(Kind kind, Tree tree, Set<String> cvs) {}
}
