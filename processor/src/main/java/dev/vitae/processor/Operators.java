package dev.vitae.processor;

import com.sun.source.tree.Tree;
import com.sun.source.tree.Tree.Kind;

/**
 * The operators a @Cv method may use on evaluated values: {@code +} on texts, and arithmetic,
 * comparison and logic on numbers and booleans, with Java's own rules (an int and a long
 * make a long).
 */
final class Operators {

  private Operators() {}

  /** {@code left op right}. */
  static Object binary(Tree tree, Object left, Object right) throws NotEvaluableException {
    Kind kind = tree.getKind();
    if (kind == Kind.PLUS && (left instanceof String || right instanceof String)) {
      return String.valueOf(left) + right;
    }
    if (kind == Kind.EQUAL_TO || kind == Kind.NOT_EQUAL_TO) {
      boolean same = left instanceof Number a && right instanceof Number b
          ? a.longValue() == b.longValue() : left == right || isEqualValue(left, right);
      return same == (kind == Kind.EQUAL_TO);
    }
    if (left instanceof Boolean a && right instanceof Boolean b) {
      switch (kind) {
        case CONDITIONAL_AND: case AND: return a && b;
        case CONDITIONAL_OR: case OR: return a || b;
        case XOR: return a ^ b;
        default: break;
      }
    }
    if (isIntegral(left) && isIntegral(right)) {
      long a = ((Number) left).longValue();
      long b = ((Number) right).longValue();
      Long result = switch (kind) {
        case PLUS -> a + b;
        case MINUS -> a - b;
        case MULTIPLY -> a * b;
        case DIVIDE -> b == 0 ? null : a / b;
        case REMAINDER -> b == 0 ? null : a % b;
        default -> null;
      };
      if (result != null) {
        return left instanceof Long || right instanceof Long ? (Object) result
            : (Object) (int) (long) result;
      }
      Boolean compared = switch (kind) {
        case LESS_THAN -> a < b;
        case LESS_THAN_EQUAL -> a <= b;
        case GREATER_THAN -> a > b;
        case GREATER_THAN_EQUAL -> a >= b;
        default -> null;
      };
      if (compared != null) {
        return compared;
      }
    }
    throw new NotEvaluableException(tree, "this '" + symbol(kind) + "' of " + left + " and "
        + right);
  }

  /** {@code op operand}. */
  static Object unary(Tree tree, Object operand) throws NotEvaluableException {
    if (tree.getKind() == Kind.LOGICAL_COMPLEMENT && operand instanceof Boolean value) {
      return !value;
    }
    if (tree.getKind() == Kind.UNARY_MINUS && operand instanceof Integer value) {
      return -value;
    }
    if (tree.getKind() == Kind.UNARY_MINUS && operand instanceof Long value) {
      return -value;
    }
    if (tree.getKind() == Kind.UNARY_PLUS && isIntegral(operand)) {
      return operand;
    }
    throw new NotEvaluableException(tree, "this '" + symbol(tree.getKind()) + "' of " + operand);
  }

  /** Texts compare by value, as a compile-time constant would. */
  private static boolean isEqualValue(Object left, Object right) {
    return left instanceof String && left.equals(right);
  }

  private static boolean isIntegral(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte;
  }

  private static String symbol(Kind kind) {
    return switch (kind) {
      case PLUS, UNARY_PLUS -> "+";
      case MINUS, UNARY_MINUS -> "-";
      case MULTIPLY -> "*";
      case DIVIDE -> "/";
      case REMAINDER -> "%";
      case LOGICAL_COMPLEMENT -> "!";
      case CONDITIONAL_AND -> "&&";
      case CONDITIONAL_OR -> "||";
      case LESS_THAN -> "<";
      case LESS_THAN_EQUAL -> "<=";
      case GREATER_THAN -> ">";
      case GREATER_THAN_EQUAL -> ">=";
      default -> kind.toString().toLowerCase().replace('_', ' ');
    };
  }
}
