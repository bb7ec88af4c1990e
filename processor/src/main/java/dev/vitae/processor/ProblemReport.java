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

  ProblemReport(Trees trees, BuildOptions options) {
    this.trees = trees;
    this.options = options;
  }

  /**
   * Reports every problem of the CV {@code method} evaluated to; {@code cv} is the built CV or
   * null when {@code build()} threw {@code thrown}. Says whether any was reported as an error.
   */
  boolean report(ExecutableElement method, SourceMap sources, CompilationUnitTree unit,
      Resume cv, List<Problem> thrown) {
    List<Problem> problems = new ArrayList<>();
    ResumeBuilder root = sources.root();
    if (root != null) {
      problems.addAll(root.check(options.checks()));
    }
    if (problems.stream().noneMatch(Problem::isError)) {
      problems.addAll(thrown); // not found again: keep what build() found
    }
    if (cv != null) {
      problems.addAll(ProcessorChecks.check(cv));
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
    for (Map.Entry<Problem, Tree> at : located) {
      Kind kind = options.kindOf(at.getKey(), method);
      if (kind != null) {
        trees.printMessage(kind, at.getKey().message(), Carets.leftmost(at.getValue()), unit);
        failed |= kind == Kind.ERROR;
      }
    }
    return failed;
  }
}
