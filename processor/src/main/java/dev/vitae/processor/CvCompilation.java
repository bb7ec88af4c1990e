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
import java.io.IOException;
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
  private final OutputWriter writer;
  private final ProblemReport problems;

  CvCompilation(Trees trees, DslMethods dsl, List<Generator> generators, OutputWriter writer,
      BuildOptions options) {
    this.trees = trees;
    this.dsl = dsl;
    this.generators = generators;
    this.writer = writer;
    this.problems = new ProblemReport(trees, options);
  }

  void compile(ExecutableElement method, String name) {
    TreePath path = trees.getPath(method);
    if (path == null) {
      return; // no source for the method: nothing to check
    }
    MethodTree tree = (MethodTree) path.getLeaf();
    CompilationUnitTree unit = path.getCompilationUnit();
    SourceMap sources = new SourceMap(tree);
    try {
      Object cv = new Evaluator(trees, dsl, sources).evaluateBody(path, tree.getBody());
      if (!(cv instanceof Resume resume)) {
        error(Message.CV_METHOD.format("the method must return the CV built by"
            + " Vitae.cv()...build(), not " + cv), tree, unit);
      } else if (!problems.report(method, sources, unit, resume, List.of())) {
        // warnings alone do not stop the outputs; an error (or a warning made one) does
        writer.write(name, render(name, resume));
        return;
      }
    } catch (InvalidCvException invalid) {
      problems.report(method, sources, unit, null, invalid.problems());
    } catch (NotEvaluableException notEvaluable) {
      error(Message.NOT_EVALUABLE.format(notEvaluable.getMessage()), notEvaluable.tree(),
          unit);
    } catch (ErroneousCodeException erroneous) {
      // javac reports the code's own errors; evaluating it further would only add noise.
    } catch (IOException failure) {
      error(Message.OUTPUT.format("cannot write the outputs of " + name + ": " + failure),
          tree, unit);
    } catch (Exception | LinkageError | StackOverflowError unexpected) {
      // Never crash javac: a bug in Vitae becomes one clear error on the method.
      error(Message.INTERNAL.format("internal error in Vitae, please report: " + unexpected),
          tree, unit);
    }
    deleteStaleOutputs(name, tree, unit);
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
      for (Generator generator : generators) {
        documents.put(stem + "." + generator.extension(), generator.render(cv, language));
      }
    }
    return documents;
  }

  private void deleteStaleOutputs(String name, Tree tree, CompilationUnitTree unit) {
    try {
      writer.deleteStale(name);
    } catch (IOException failure) {
      error(Message.OUTPUT.format("cannot remove the old outputs of " + name + ": "
          + failure), tree, unit);
    }
  }

  private void error(String message, Tree tree, CompilationUnitTree unit) {
    trees.printMessage(Kind.ERROR, message, Carets.leftmost(tree), unit);
  }
}
