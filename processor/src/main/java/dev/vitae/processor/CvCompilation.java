package dev.vitae.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.vitae.dsl.check.InvalidCvException;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * One @Cv method, start to end: evaluate its body, report every problem at its source, and,
 * only when there is none, render and write all outputs.
 */
final class CvCompilation {

  private final Trees trees;
  private final DslMethods dsl;
  private final List<Generator> generators;
  private final PendingOutputs outputs;
  private final ProblemReport problems;

  CvCompilation(Trees trees, DslMethods dsl, List<Generator> generators,
      PendingOutputs outputs, BuildOptions options) {
    this.trees = trees;
    this.dsl = dsl;
    this.generators = generators;
    this.outputs = outputs;
    this.problems = new ProblemReport(trees, options);
  }

  void compile(ExecutableElement method, String name) {
    TreePath path = trees.getPath(method);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
      return; // no source or no body (reported at the annotation): nothing to evaluate
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    SourceMap sources = new SourceMap(tree);
    try {
      Object cv = new Evaluator(trees, dsl, sources).evaluateBody(path, tree.getBody());
      if (!(cv instanceof Resume resume)) {
        error(Message.CV_METHOD.format("the method must return the CV built by"
            + " Vitae.cv()...build(), not " + cv), tree, unit);
      } else if (!problems.report(method, sources, unit, resume, List.of())) {
        // warnings alone do not stop the outputs; an error (or a warning made one) does
        outputs.hold(name, render(name, resume), tree, unit);
        return;
      }
    } catch (InvalidCvException invalid) {
      problems.report(method, sources, unit, null, invalid.problems());
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

  /**
   * Every format in every language, rendered in memory first: a failing one leaves no file
   * behind. Keyed by file name: {@code jane.html}, or {@code jane.zh-Hans.html} for each
   * language of a multilingual CV.
   */
  private Map<String, String> render(String name, Resume cv) {
    Map<String, String> documents = new LinkedHashMap<>();
    Localization localization = cv.localization();
    for (String language : localization.languages()) {
      String stem = localization.isMultilingual() ? name + "." + language : name;
      Reading reading = Reading.of(cv, language); // one presentation model for all formats
      for (Generator generator : generators) {
        documents.put(stem + "." + generator.extension(), generator.render(reading));
      }
    }
    return documents;
  }


  private void error(String message, Tree tree, CompilationUnitTree unit) {
    trees.printMessage(Kind.ERROR, message, Carets.leftmost(tree), unit);
  }
}
