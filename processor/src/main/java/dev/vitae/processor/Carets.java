package dev.vitae.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;

/**
 * Where a caret should point. javac puts it at a tree's "preferred position", which for a call
 * is its {@code (}, for {@code a.b} the dot and for a lambda the arrow; a reader expects the
 * start of the expression, so messages go to its leftmost sub-tree instead.
 */
final class Carets {

  private Carets() {}

  static Tree leftmost(Tree tree) {
    if (tree instanceof MethodInvocationTree call) {
      return leftmost(call.getMethodSelect());
    }
    if (tree instanceof MemberSelectTree select) {
      return leftmost(select.getExpression());
    }
    if (tree instanceof BinaryTree binary) {
      return leftmost(binary.getLeftOperand());
    }
    if (tree instanceof ConditionalExpressionTree conditional) {
      return leftmost(conditional.getCondition());
    }
    if (tree instanceof LambdaExpressionTree lambda && !lambda.getParameters().isEmpty()) {
      return lambda.getParameters().get(0);
    }
    return tree;
  }
}
