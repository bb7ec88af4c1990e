package dev.vitae.processor;

import com.sun.source.tree.Tree;

/** Raised when the evaluator meets code it cannot run at compile time; carries where. */
final class NotEvaluableException extends Exception {

  private static final long serialVersionUID = 1L;

  static final String WHAT_IS_EVALUATED = "a @Cv method may use literals, text blocks,"
      + " operators (+, -, *, /, %, comparisons, ==, !=, !, &&, ||, ? :), static final fields,"
      + " enum constants, Vitae builder calls, lambdas (and Parts::method), local variables,"
      + " if/else, for-each over List.of(...) or an array, and static methods whose source is"
      + " compiled with it (fragments)";

  private final transient Tree tree;

  NotEvaluableException(Tree tree, String what) {
    super(what + " cannot be evaluated at compile time; " + WHAT_IS_EVALUATED);
    this.tree = tree;
  }

  /** An error with its whole message, for what no list of the evaluated forms explains. */
  static NotEvaluableException explained(Tree tree, String message) {
    return new NotEvaluableException(tree, message, true);
  }

  private NotEvaluableException(Tree tree, String message, boolean explained) {
    super(message);
    this.tree = tree;
  }

  Tree tree() {
    return tree;
  }
}
