package dev.vitae.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.vitae.dsl.check.InvalidCvException;
import dev.vitae.dsl.model.Resume;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * One @Cv method, start to end: evaluate its body, report every problem at its source, and,
 * only when there is none, render and write all outputs.
 */
final class CvCompilation {

  private final Trees trees;
  private final DslMethods dsl;
  private final BackgroundRenderer renderer;
  private final PendingOutputs outputs;
  private final ProblemReport problems;
  private final VariantConstants variants;

  CvCompilation(Trees trees, DslMethods dsl, BackgroundRenderer renderer,
      PendingOutputs outputs, BuildOptions options) {
    this.trees = trees;
    this.dsl = dsl;
    this.renderer = renderer;
    this.outputs = outputs;
    this.problems = new ProblemReport(trees, options);
    this.variants = dsl.variants();
  }

  /**
   * The CVs compiled since the last call are done: problems they met in shared fragments are
   * reported, each once, naming them.
   */
  void finishBatch() {
    problems.flushFragments();
  }

  void compile(ExecutableElement method, String name) {
    TreePath path = trees.getPath(method);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
      return; // no source or no body (reported at the annotation): nothing to evaluate
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    SourceMap sources = new SourceMap(tree);
    try {
      Object cv = new Evaluator(trees, dsl, variants, sources).evaluateBody(path, tree.getBody());
      if (!(cv instanceof Resume resume)) {
        error(Message.CV_METHOD.format("the method must return the CV built by"
            + " Vitae.cv()...build(), not " + cv), tree, unit);
      } else if (!problems.report(method, name, sources, unit, resume, List.of())) {
        // warnings alone do not stop the outputs; an error (or a warning made one) does
        outputs.hold(name, renderer.render(name, resume), tree, unit);
        return;
      }
    } catch (InvalidCvException invalid) {
      problems.report(method, name, sources, unit, null, invalid.problems());
    } catch (NotEvaluableException notEvaluable) {
      error(Message.NOT_EVALUABLE.format(notEvaluable.getMessage()), notEvaluable.tree(),
          unit);
    } catch (ErroneousCodeException erroneous) {
      // javac reports the code's own errors; evaluating it further would only add noise.
    } catch (Exception | LinkageError | StackOverflowError unexpected) {
      // Never crash javac: a bug in Vitae becomes one clear error on the method.
      error(Message.INTERNAL.format("internal error in Vitae, please report: " + unexpected),
          tree, unit);
    }
    outputs.discard(name, tree, unit);
  }

  private void error(String message, Tree tree, CompilationUnitTree unit) {
    trees.printMessage(Kind.ERROR, message, Carets.leftmost(tree), unit);
  }
}
