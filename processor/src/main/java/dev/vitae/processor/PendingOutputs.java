package dev.vitae.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Problem;
import dev.vitae.generators.MissingThemeTemplateException;
import dev.vitae.processor.CvDocuments.Rendered;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.annotation.processing.Messager;
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
 * One exception: a PDF that cannot be made (no xelatex, a glyph of Vitae's words no font
 * draws) is an error, yet its CV's other outputs are written, as they are sound.
 */
final class PendingOutputs {

  private final Trees trees;
  private final OutputWriter writer;
  private final Messager messager;
  private final List<Pending> pending = new ArrayList<>();
  private final Set<String> generated = new HashSet<>();
  /** The source files javac analyzed: a CV they declared before and no longer do is gone. */
  private final Set<URI> analyzed = new HashSet<>();
  /** A CV of this compilation has an error: the compilation fails. */
  private boolean failed;

  PendingOutputs(Trees trees, OutputWriter writer, Messager messager) {
    this.trees = trees;
    this.writer = writer;
    this.messager = messager;
  }

  /**
   * Keeps a checked CV's outputs, being rendered, until the classes of {@code unit} are
   * generated.
   */
  void hold(String name, Future<Rendered> outputs, Tree tree, CompilationUnitTree unit) {
    pending.add(new Pending(name, outputs, typesOf(unit), tree, unit));
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

  /** javac analyzed the source file {@code unit}. */
  void analyzed(CompilationUnitTree unit) {
    analyzed.add(unit.getSourceFile().toUri());
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
    Map<Pending, Rendered> rendered = new HashMap<>();
    for (Pending cv : pending) {
      Rendered outputs = await(cv);
      if (outputs == null) {
        failed = true;
      } else {
        rendered.put(cv, outputs);
      }
    }
    boolean compiled = !failed
        && pending.stream().allMatch(cv -> generated.containsAll(cv.types()));
    Map<String, URI> written = new TreeMap<>();
    for (Pending cv : pending) {
      if (!compiled) {
        discard(cv.name(), cv.tree(), cv.unit());
      } else if (write(cv, rendered.get(cv))) {
        written.put(cv.name(), cv.unit().getSourceFile().toUri());
      }
    }
    if (compiled) {
      updateIndex(written);
    }
    pending.clear();
  }

  /** Renamed and removed CVs lose their outputs: see {@link OutputIndex}. */
  private void updateIndex(Map<String, URI> written) {
    try {
      writer.updateIndex(written, analyzed);
    } catch (IOException | RuntimeException failure) {
      messager.printMessage(Kind.ERROR, Message.OUTPUT.format("cannot update the index of the"
          + " outputs (" + OutputIndex.FILE + "): " + failure));
    }
  }

  /**
   * The CV's rendered outputs, or null when rendering failed (reported at the CV). A PDF that
   * could not be made is reported here; the CV's other outputs are written all the same.
   */
  private Rendered await(Pending cv) {
    try {
      Rendered rendered = cv.outputs().get();
      rendered.pdfFailures().forEach(failure -> error(failure, cv.tree(), cv.unit()));
      return rendered;
    } catch (ExecutionException failure) {
      error(messageOf(failure.getCause()), cv.tree(), cv.unit());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      error(Message.OUTPUT.format("cannot write the outputs of " + cv.name()
          + ": interrupted while they were rendered"), cv.tree(), cv.unit());
    }
    return null;
  }

  private static String messageOf(Throwable renderingFailure) {
    if (renderingFailure instanceof MissingThemeTemplateException incomplete) {
      // a project's theme made for fewer formats: said of the CV's method, as its style is
      return new Problem(Check.STYLE, Path.ROOT.then("style").then("theme"),
          incomplete.getMessage()).message();
    }
    // Never crash javac: a bug in Vitae becomes one clear error on the method.
    return Message.INTERNAL.format("internal error in Vitae, please report: "
        + renderingFailure);
  }

  /** Writes the CV's outputs; false, with the error reported, when they could not be. */
  private boolean write(Pending cv, Rendered rendered) {
    try {
      writer.write(cv.name(), rendered.documents());
      return true;
    } catch (IOException | RuntimeException failure) {
      error(Message.OUTPUT.format("cannot write the outputs of " + cv.name() + ": "
          + failure), cv.tree(), cv.unit());
      return false;
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

  private record Pending(String name, Future<Rendered> outputs, Set<String> types,
      Tree tree, CompilationUnitTree unit) {}
}
