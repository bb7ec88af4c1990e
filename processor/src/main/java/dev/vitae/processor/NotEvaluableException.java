package dev.vitae.processor;

import com.sun.source.tree.Tree;

/** Raised when the evaluator meets code it cannot run at compile time; carries where. */
final class NotEvaluableException extends Exception {

  private static final long serialVersionUID = 1L;

  static final String WHAT_IS_EVALUATED = "a @Cv method may use literals, text blocks, string"
      + " concatenation, static final constants, enum constants, Vitae builder calls, lambdas"
      + " made of builder calls, and local variables initialized with these";

  private final transient Tree tree;

  NotEvaluableException(Tree tree, String what) {
    super(what + " cannot be evaluated at compile time; " + WHAT_IS_EVALUATED);
    this.tree = tree;
  }

  Tree tree() {
    return tree;
  }
}
