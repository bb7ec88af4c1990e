package dev.vitae.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.vitae.dsl.ResumeBuilder;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Resume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Reports a CV's problems at their sources: the dsl-api rules run again on the evaluated CV
 * with the build's options (reference date, timeline), then the processor's own checks;
 * each problem becomes an error, a warning, or nothing, as {@link BuildOptions} decides.
 */
final class ProblemReport {

  private final Trees trees;
  private final BuildOptions options;
  private final FragmentProblems fragments;

  ProblemReport(Trees trees, BuildOptions options) {
    this.trees = trees;
    this.options = options;
    this.fragments = new FragmentProblems(trees);
  }

  /** Reports the problems found in fragments so far, each once. */
  void flushFragments() {
    fragments.flush();
  }

  /**
   * Reports every problem of the CV {@code method} evaluated to; {@code cv} is the built CV or
   * null when {@code build()} threw {@code thrown}. Says whether any was reported as an error.
   */
  boolean report(ExecutableElement method, String name, SourceMap sources,
      CompilationUnitTree unit, Resume cv, List<Problem> thrown) {
    List<Problem> problems = new ArrayList<>();
    ResumeBuilder root = sources.root();
    if (root != null) {
      problems.addAll(root.check(options.checks()));
    }
    if (problems.stream().noneMatch(Problem::isError)) {
      problems.addAll(thrown); // not found again: keep what build() found
    }
    if (cv != null) {
      problems.addAll(ProcessorChecks.check(cv, options.style()));
      problems.addAll(options.photo().check(cv, options.pdf() == PdfRoute.BUILTIN));
      if (options.pdf() == PdfRoute.BUILTIN) {
        problems.addAll(FontCoverage.check(cv, options.fonts()));
      }
    }
    SourcePositions positions = trees.getSourcePositions();
    boolean failed = false;
    List<Map.Entry<Problem, Tree>> located = problems.stream().distinct()
        .map(problem -> Map.entry(problem, sources.locate(problem.path())))
        .sorted(Comparator.comparingLong(at -> positions.getStartPosition(unit, at.getValue())))
        .toList();
    Tree body = trees.getTree(method);
    for (Map.Entry<Problem, Tree> at : located) {
      Kind kind = options.kindOf(at.getKey(), method);
      if (kind == null) {
        continue;
      }
      Tree tree = at.getValue();
      CompilationUnitTree file = sources.unitOf(tree, unit);
      if (file != unit || !within(unit, tree, body)) {
        fragments.add(name, kind, at.getKey().message(), tree, file);
      } else {
        trees.printMessage(kind, at.getKey().message(), Carets.leftmost(tree), unit);
      }
      failed |= kind == Kind.ERROR;
    }
    return failed;
  }

  /** True when {@code tree} lies inside {@code outer} in the file {@code unit}. */
  private boolean within(CompilationUnitTree unit, Tree tree, Tree outer) {
    if (outer == null) {
      return true;
    }
    SourcePositions positions = trees.getSourcePositions();
    long start = positions.getStartPosition(unit, tree);
    return start >= positions.getStartPosition(unit, outer)
        && start <= positions.getEndPosition(unit, outer);
  }
}
