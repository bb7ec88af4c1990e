package dev.vitae.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.vitae.dsl.Builder;
import dev.vitae.dsl.check.InvalidCvException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Runs the body of a @Cv method inside javac, on attributed trees: folds literals, text
 * blocks, concatenations and constants by hand, and invokes the real dsl-api builder methods
 * with the results, recording in a {@link SourceMap} which tree made every call.
 *
 * <p>Only a small, explained subset of Java is accepted (see
 * {@link NotEvaluableException#WHAT_IS_EVALUATED}); anything else stops evaluation with one
 * error at that expression.
 */
final class Evaluator {

  private final Trees trees;
  private final DslMethods dsl;
  private final SourceMap sources;
  private final Map<Element, Object> locals = new HashMap<>();

  Evaluator(Trees trees, DslMethods dsl, SourceMap sources) {
    this.trees = trees;
    this.dsl = dsl;
    this.sources = sources;
  }

  /** Runs the method's statements and returns what its {@code return} statement yields. */
  Object evaluateBody(TreePath method, BlockTree body) throws Exception {
    TreePath bodyPath = new TreePath(method, body);
    for (StatementTree statement : body.getStatements()) {
      TreePath path = new TreePath(bodyPath, statement);
      if (statement instanceof ReturnTree returned && returned.getExpression() != null) {
        return evaluate(new TreePath(path, returned.getExpression()));
      }
      execute(path);
    }
    throw new NotEvaluableException(body, "a @Cv method without a return statement");
  }

  private void execute(TreePath path) throws Exception {
    Tree statement = path.getLeaf();
    if (statement instanceof VariableTree variable && variable.getInitializer() != null) {
      Element local = element(path);
      locals.put(local, evaluate(new TreePath(path, variable.getInitializer())));
    } else if (statement instanceof ExpressionStatementTree expression) {
      evaluate(new TreePath(path, expression.getExpression()));
    } else {
      throw new NotEvaluableException(statement, describe(statement));
    }
  }

  private Object evaluate(TreePath path) throws Exception {
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case STRING_LITERAL: case INT_LITERAL: case LONG_LITERAL: case CHAR_LITERAL:
      case BOOLEAN_LITERAL: case FLOAT_LITERAL: case DOUBLE_LITERAL: case NULL_LITERAL:
        return ((LiteralTree) tree).getValue();
      case PARENTHESIZED:
        return evaluate(new TreePath(path, ((ParenthesizedTree) tree).getExpression()));
      case PLUS:
        return plus(path, (BinaryTree) tree);
      case IDENTIFIER:
      case MEMBER_SELECT:
        return variable(path);
      case METHOD_INVOCATION:
        return invoke(path, (MethodInvocationTree) tree);
      default:
        throw new NotEvaluableException(tree, describe(tree));
    }
  }

  private Object plus(TreePath path, BinaryTree plus) throws Exception {
    Object left = evaluate(new TreePath(path, plus.getLeftOperand()));
    Object right = evaluate(new TreePath(path, plus.getRightOperand()));
    if (left instanceof String || right instanceof String) {
      return String.valueOf(left) + right;
    }
    if (left instanceof Integer a && right instanceof Integer b) {
      return a + b;
    }
    throw new NotEvaluableException(plus, "this '+' of " + left + " and " + right);
  }

  /** A local variable, a lambda parameter, a constant or an enum constant. */
  private Object variable(TreePath path) throws Exception {
    Element element = element(path);
    if (locals.containsKey(element)) {
      return locals.get(element);
    }
    if (element instanceof VariableElement variable) {
      if (variable.getKind() == ElementKind.ENUM_CONSTANT) {
        return enumConstant(variable);
      }
      if (variable.getConstantValue() != null) {
        return variable.getConstantValue();
      }
    }
    throw new NotEvaluableException(path.getLeaf(), "'" + path.getLeaf() + "'"
        + (element.getKind() == ElementKind.FIELD
            ? " (a field that is not a static final constant)" : ""));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object enumConstant(VariableElement constant) throws ClassNotFoundException {
    Class<?> type = dsl.load((TypeElement) constant.getEnclosingElement());
    return Enum.valueOf((Class) type, constant.getSimpleName().toString());
  }

  private Object invoke(TreePath path, MethodInvocationTree call) throws Exception {
    Element element = element(path);
    if (!(element instanceof ExecutableElement method) || !dsl.isDsl(method)) {
      throw new NotEvaluableException(call, "the call '" + call.getMethodSelect() + "(...)'"
          + " (only Vitae's own builder methods are run)");
    }
    CallSite site = new CallSite(call, method);
    Object receiver = null;
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
        throw new NotEvaluableException(call, "a call without a receiver");
      }
      receiver = evaluate(new TreePath(path, select.getExpression()));
    }
    Method reflected = dsl.reflect(method);
    Object[] arguments = arguments(path, site, reflected);
    if (receiver instanceof Builder builder) {
      sources.called(builder, site);
    }
    Object result = call(site, reflected, receiver, arguments);
    if (result instanceof Builder builder) {
      sources.created(builder, site, call);
    }
    return result;
  }

  private Object[] arguments(TreePath path, CallSite site, Method method) throws Exception {
    List<? extends ExpressionTree> trees = site.arguments();
    Object[] values = new Object[trees.size()];
    for (int i = 0; i < values.length; i++) {
      TreePath argument = new TreePath(path, trees.get(i));
      values[i] = trees.get(i) instanceof LambdaExpressionTree lambda
          ? lambda(argument, lambda, site)
          : evaluate(argument);
    }
    return packVarargs(method, values);
  }

  /** Gathers the trailing arguments of a varargs call into the array the method takes. */
  private static Object[] packVarargs(Method method, Object[] values) {
    Class<?>[] parameters = method.getParameterTypes();
    int last = parameters.length - 1;
    if (!method.isVarArgs()
        || (values.length == parameters.length && parameters[last].isInstance(values[last]))) {
      return values;
    }
    Object rest = Array.newInstance(parameters[last].getComponentType(), values.length - last);
    for (int i = last; i < values.length; i++) {
      Array.set(rest, i - last, values[i]);
    }
    Object[] packed = new Object[parameters.length];
    System.arraycopy(values, 0, packed, 0, last);
    packed[last] = rest;
    return packed;
  }

  /**
   * Runs a builder method. The CV's own problems ({@link InvalidCvException}) and evaluation
   * errors from inside a lambda pass through; anything else the DSL throws (a null where a
   * text must be) is blamed on the call.
   */
  private static Object call(CallSite site, Method method, Object receiver, Object[] arguments)
      throws Exception {
    try {
      return method.invoke(receiver, arguments);
    } catch (InvocationTargetException thrown) {
      // A lambda's evaluation error travels through the builder wrapped once more by the
      // proxy, as it is a checked exception the functional interface does not declare.
      Throwable cause = thrown.getCause();
      if (cause instanceof UndeclaredThrowableException undeclared) {
        cause = undeclared.getUndeclaredThrowable();
      }
      if (cause instanceof InvalidCvException || cause instanceof NotEvaluableException
          || cause instanceof ErroneousCodeException) {
        throw (Exception) cause;
      }
      throw new NotEvaluableException(site.call(), "'" + site.call().getMethodSelect()
          + "(...)', which failed with " + cause + ",");
    }
  }

  /**
   * A lambda argument becomes an implementation of its functional interface that evaluates the
   * lambda's body with the parameters bound to what the builder passes in.
   */
  private Object lambda(TreePath path, LambdaExpressionTree lambda, CallSite site)
      throws Exception {
    TypeMirror target = trees.getTypeMirror(path);
    if (!(target instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement functional)) {
      throw new ErroneousCodeException();
    }
    Class<?> iface = dsl.load(functional);
    InvocationHandler body = (proxy, method, arguments) -> {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, method, arguments);
      }
      for (int i = 0; i < lambda.getParameters().size(); i++) {
        TreePath parameter = new TreePath(path, lambda.getParameters().get(i));
        if (arguments[i] instanceof Builder builder) {
          sources.created(builder, site, lambda);
        }
        locals.put(element(parameter), arguments[i]);
      }
      return runLambdaBody(path, lambda);
    };
    return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, body);
  }

  private Object runLambdaBody(TreePath path, LambdaExpressionTree lambda) throws Exception {
    TreePath body = new TreePath(path, lambda.getBody());
    if (lambda.getBody() instanceof BlockTree block) {
      for (StatementTree statement : block.getStatements()) {
        execute(new TreePath(body, statement));
      }
      return null;
    }
    evaluate(body);
    return null;
  }

  private static Object objectMethod(Object proxy, Method method, Object[] arguments) {
    switch (method.getName()) {
      case "equals": return proxy == arguments[0];
      case "hashCode": return System.identityHashCode(proxy);
      default: return "lambda";
    }
  }

  /** The element javac attributed to the tree; erroneous code stops evaluation silently. */
  private Element element(TreePath path) throws ErroneousCodeException {
    Element element = trees.getElement(path);
    TypeMirror type = trees.getTypeMirror(path);
    if (element == null || (type != null && type.getKind() == TypeKind.ERROR)) {
      throw new ErroneousCodeException();
    }
    return element;
  }

  private static String describe(Tree tree) {
    String source = tree.toString().replaceAll("\\s+", " ");
    if (source.length() > 60) {
      source = source.substring(0, 57) + "...";
    }
    return "'" + source + "' (" + tree.getKind().toString().toLowerCase().replace('_', ' ') + ")";
  }
}
