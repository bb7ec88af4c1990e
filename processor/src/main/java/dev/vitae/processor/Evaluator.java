package dev.vitae.processor;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.vitae.dsl.Builder;
import dev.vitae.dsl.Variant;
import dev.vitae.dsl.check.InvalidCvException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Runs the body of a @Cv method inside javac, on attributed trees: folds literals, text
 * blocks, operators and constants by hand, runs the author's fragments (static methods and
 * static final fields whose source is compiled along), and invokes the real dsl-api builder
 * methods with the results, recording in a {@link SourceMap} which tree made every call.
 *
 * <p>Only a small, explained subset of Java is accepted (see
 * {@link NotEvaluableException#WHAT_IS_EVALUATED}); anything else stops evaluation with one
 * error at that expression.
 */
final class Evaluator {

  /** How deep fragments may call fragments: deeper is a fragment that calls itself. */
  private static final int MAX_FRAGMENT_DEPTH = 100;

  private final Trees trees;
  private final DslMethods dsl;
  private final SourceMap sources;
  private final VariantConstants variants;
  /** The builder calls under way, innermost first: the one that hands a lambda its builder. */
  private final Deque<CallSite> running = new ArrayDeque<>();
  private int fragmentDepth;

  Evaluator(Trees trees, DslMethods dsl, VariantConstants variants, SourceMap sources) {
    this.trees = trees;
    this.dsl = dsl;
    this.variants = variants;
    this.sources = sources;
  }

  /** Runs the method's statements and returns what its {@code return} statement yields. */
  Object evaluateBody(TreePath method, BlockTree body) throws Exception {
    Returned result = executeAll(new TreePath(method, body), body.getStatements(),
        Frame.empty());
    if (result == null) {
      throw new NotEvaluableException(body, "a @Cv method without a return statement");
    }
    return result.value();
  }

  /** What a {@code return} statement gave; null from a statement that did not return. */
  private record Returned(Object value) {}

  private Returned executeAll(TreePath block, List<? extends StatementTree> statements,
      Frame frame) throws Exception {
    for (StatementTree statement : statements) {
      Returned returned = execute(new TreePath(block, statement), frame);
      if (returned != null) {
        return returned;
      }
    }
    return null;
  }

  private Returned execute(TreePath path, Frame frame) throws Exception {
    Tree statement = path.getLeaf();
    switch (statement.getKind()) {
      case VARIABLE: {
        VariableTree variable = (VariableTree) statement;
        if (variable.getInitializer() == null) {
          throw new NotEvaluableException(statement, describe(statement));
        }
        Element local = element(path);
        frame.define(local, evaluate(new TreePath(path, variable.getInitializer()), frame));
        return null;
      }
      case EXPRESSION_STATEMENT:
        evaluate(new TreePath(path, ((ExpressionStatementTree) statement).getExpression()),
            frame);
        return null;
      case RETURN: {
        ExpressionTree value = ((ReturnTree) statement).getExpression();
        return new Returned(value == null ? null : evaluate(new TreePath(path, value), frame));
      }
      case BLOCK:
        return executeAll(path, ((BlockTree) statement).getStatements(), new Frame(frame));
      case IF: {
        IfTree choice = (IfTree) statement;
        if (condition(new TreePath(path, choice.getCondition()), frame)) {
          return execute(new TreePath(path, choice.getThenStatement()), new Frame(frame));
        }
        return choice.getElseStatement() == null ? null
            : execute(new TreePath(path, choice.getElseStatement()), new Frame(frame));
      }
      case ENHANCED_FOR_LOOP:
        return forEach(path, (EnhancedForLoopTree) statement, frame);
      case EMPTY_STATEMENT:
        return null;
      default:
        throw new NotEvaluableException(statement, describe(statement));
    }
  }

  private Returned forEach(TreePath path, EnhancedForLoopTree loop, Frame frame)
      throws Exception {
    Object items = evaluate(new TreePath(path, loop.getExpression()), frame);
    List<?> elements = items instanceof List<?> list ? list
        : items != null && items.getClass().isArray() ? arrayElements(items) : null;
    if (elements == null) {
      throw new NotEvaluableException(loop.getExpression(), "a for-each over " + items
          + " (only over List.of(...) or an array)");
    }
    Element variable = element(new TreePath(path, loop.getVariable()));
    for (Object element : elements) {
      Frame body = new Frame(frame);
      body.define(variable, element);
      Returned returned = execute(new TreePath(path, loop.getStatement()), body);
      if (returned != null) {
        return returned;
      }
    }
    return null;
  }

  private static List<Object> arrayElements(Object array) {
    List<Object> elements = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      elements.add(Array.get(array, i));
    }
    return elements;
  }

  private boolean condition(TreePath path, Frame frame) throws Exception {
    Object value = evaluate(path, frame);
    if (!(value instanceof Boolean truth)) {
      throw new NotEvaluableException(path.getLeaf(), describe(path.getLeaf()));
    }
    return truth;
  }

  private Object evaluate(TreePath path, Frame frame) throws Exception {
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case STRING_LITERAL: case INT_LITERAL: case LONG_LITERAL: case CHAR_LITERAL:
      case BOOLEAN_LITERAL: case FLOAT_LITERAL: case DOUBLE_LITERAL: case NULL_LITERAL:
        return ((LiteralTree) tree).getValue();
      case PARENTHESIZED:
        return evaluate(new TreePath(path, ((ParenthesizedTree) tree).getExpression()), frame);
      case CONDITIONAL_AND: case CONDITIONAL_OR:
        return shortCircuit(path, (BinaryTree) tree, frame);
      case PLUS: case MINUS: case MULTIPLY: case DIVIDE: case REMAINDER:
      case EQUAL_TO: case NOT_EQUAL_TO: case LESS_THAN: case LESS_THAN_EQUAL:
      case GREATER_THAN: case GREATER_THAN_EQUAL: case AND: case OR: case XOR: {
        BinaryTree binary = (BinaryTree) tree;
        Object left = evaluate(new TreePath(path, binary.getLeftOperand()), frame);
        Object right = evaluate(new TreePath(path, binary.getRightOperand()), frame);
        return Operators.binary(tree, left, right);
      }
      case UNARY_MINUS: case UNARY_PLUS: case LOGICAL_COMPLEMENT:
        return Operators.unary(tree,
            evaluate(new TreePath(path, ((UnaryTree) tree).getExpression()), frame));
      case CONDITIONAL_EXPRESSION: {
        ConditionalExpressionTree choice = (ConditionalExpressionTree) tree;
        return evaluate(new TreePath(path, condition(new TreePath(path,
            choice.getCondition()), frame) ? choice.getTrueExpression()
                : choice.getFalseExpression()), frame);
      }
      case IDENTIFIER:
      case MEMBER_SELECT:
        return variable(path, frame);
      case METHOD_INVOCATION:
        return invoke(path, (MethodInvocationTree) tree, frame);
      case LAMBDA_EXPRESSION:
        return lambda(path, (LambdaExpressionTree) tree, frame);
      case MEMBER_REFERENCE:
        return methodReference(path, (MemberReferenceTree) tree, frame);
      case NEW_ARRAY:
        return array(path, (NewArrayTree) tree, frame);
      default:
        throw new NotEvaluableException(tree, describe(tree));
    }
  }

  private Object shortCircuit(TreePath path, BinaryTree binary, Frame frame) throws Exception {
    boolean left = condition(new TreePath(path, binary.getLeftOperand()), frame);
    boolean and = binary.getKind() == Tree.Kind.CONDITIONAL_AND;
    if (left != and) {
      return left;
    }
    return condition(new TreePath(path, binary.getRightOperand()), frame);
  }

  /** A local variable, a parameter, a constant, an enum constant or a fragment's field. */
  private Object variable(TreePath path, Frame frame) throws Exception {
    Element element = element(path);
    if (frame.has(element)) {
      return frame.get(element);
    }
    if (element instanceof VariableElement variable) {
      if (variable.getKind() == ElementKind.ENUM_CONSTANT) {
        return enumConstant(path.getLeaf(), variable);
      }
      if (variable.getConstantValue() != null) {
        return variable.getConstantValue();
      }
      if (variable.getKind() == ElementKind.FIELD
          && variable.getModifiers().containsAll(List.of(Modifier.STATIC, Modifier.FINAL))) {
        return field(path.getLeaf(), variable);
      }
    }
    throw new NotEvaluableException(path.getLeaf(), "'" + path.getLeaf() + "'"
        + (element.getKind() == ElementKind.FIELD
            ? " (a field that is not static final, so its value may change)" : ""));
  }

  private Object enumConstant(Tree tree, VariableElement constant) throws Exception {
    TypeElement type = (TypeElement) constant.getEnclosingElement();
    if (variants.isVariantEnum(type)) {
      return variants.constant(constant);
    }
    try {
      return loadedEnumConstant(type, constant);
    } catch (ClassNotFoundException notLoadable) {
      throw new NotEvaluableException(tree, "the enum constant '" + tree + "' (only the JDK's,"
          + " Vitae's and variants, enums that implement dev.vitae.dsl.Variant, are known"
          + " while compiling)");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object loadedEnumConstant(TypeElement type, VariableElement constant)
      throws ClassNotFoundException {
    return Enum.valueOf((Class) dsl.load(type), constant.getSimpleName().toString());
  }

  /** A static final field a fragment is kept in: its initializer, run afresh. */
  private Object field(Tree use, VariableElement field) throws Exception {
    TreePath declaration = trees.getPath(field);
    if (declaration == null || !(declaration.getLeaf() instanceof VariableTree variable)
        || variable.getInitializer() == null) {
      throw compiledElsewhere(use, field);
    }
    TreePath initializer = new TreePath(declaration, variable.getInitializer());
    return inFragment(use, () -> evaluate(attributed(initializer), Frame.empty()));
  }

  private Object invoke(TreePath path, MethodInvocationTree call, Frame frame)
      throws Exception {
    Element element = element(path);
    if (!(element instanceof ExecutableElement method)) {
      throw new ErroneousCodeException();
    }
    if (dsl.isDsl(method)) {
      return invokeDsl(path, call, method, frame);
    }
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (isStatic && method.getSimpleName().contentEquals("values")
        && method.getParameters().isEmpty() && variants.isVariantEnum(owner)) {
      return variants.values(owner);
    }
    if (isStatic && owner.getQualifiedName().contentEquals("java.util.List")
        && method.getSimpleName().contentEquals("of")) {
      return listOf(path, call, frame);
    }
    if (!isStatic && isFunctional(owner)) {
      return invokeFunctional(path, call, method, frame);
    }
    if (isStatic && trees.getPath(method) != null) {
      return fragment(call, method, values(path, call.getArguments(), frame));
    }
    if (isStatic && mentionsTheDsl(method)) {
      throw compiledElsewhere(call, method);
    }
    throw new NotEvaluableException(call, "the call '" + call.getMethodSelect() + "(...)'"
        + " (only Vitae's builder methods and static methods whose source is compiled with"
        + " the CV are run)");
  }

  private Object invokeDsl(TreePath path, MethodInvocationTree call, ExecutableElement method,
      Frame frame) throws Exception {
    CallSite site = new CallSite(call, method);
    sources.inUnit(call, path.getCompilationUnit());
    Object receiver = null;
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
        throw new NotEvaluableException(call, "a call without a receiver");
      }
      receiver = evaluate(new TreePath(path, select.getExpression()), frame);
    }
    Method reflected = dsl.reflect(method);
    Object[] arguments = packVarargs(reflected, values(path, call.getArguments(), frame));
    if (receiver instanceof Builder builder) {
      sources.called(builder, site);
    }
    running.push(site);
    Object result;
    try {
      result = call(call, reflected, receiver, arguments);
    } finally {
      running.pop();
    }
    if (result instanceof Builder builder) {
      sources.created(builder, site, call);
    }
    return result;
  }

  private Object[] values(TreePath path, List<? extends ExpressionTree> trees, Frame frame)
      throws Exception {
    Object[] values = new Object[trees.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = evaluate(new TreePath(path, trees.get(i)), frame);
    }
    return values;
  }

  private List<Object> listOf(TreePath path, MethodInvocationTree call, Frame frame)
      throws Exception {
    Object[] values = values(path, call.getArguments(), frame);
    if (values.length == 1 && values[0] instanceof Object[] array) {
      values = array; // List.of(array)
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NotEvaluableException(call.getArguments().get(Math.min(i,
            call.getArguments().size() - 1)), "a null in List.of(...), which takes none,");
      }
    }
    return List.of(values);
  }

  /** {@code common.accept(w)}, {@code first.andThen(second)}: a lambda's own methods. */
  private Object invokeFunctional(TreePath path, MethodInvocationTree call,
      ExecutableElement method, Frame frame) throws Exception {
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
      throw new NotEvaluableException(call, describe(call));
    }
    Object receiver = evaluate(new TreePath(path, select.getExpression()), frame);
    Method reflected = dsl.reflect(method);
    return call(call, reflected, receiver,
        packVarargs(reflected, values(path, call.getArguments(), frame)));
  }

  /** True for the JDK's functional interfaces, which the evaluator's lambdas implement. */
  private static boolean isFunctional(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE
        && type.getQualifiedName().toString().startsWith("java.util.function.");
  }

  /** Runs a fragment: a static method whose source is compiled with the CV. */
  private Object fragment(Tree use, ExecutableElement method, Object[] given) throws Exception {
    TreePath declaration = trees.getPath(method);
    if (declaration == null || !(declaration.getLeaf() instanceof MethodTree tree)
        || tree.getBody() == null) {
      throw compiledElsewhere(use, method);
    }
    Frame frame = Frame.empty();
    List<? extends VariableTree> parameters = tree.getParameters();
    Object[] arguments = method.isVarArgs() ? packFragmentVarargs(method, given) : given;
    for (int i = 0; i < parameters.size(); i++) {
      frame.define(element(new TreePath(declaration, parameters.get(i))), arguments[i]);
    }
    TreePath body = attributed(new TreePath(declaration, tree.getBody()));
    return inFragment(use, () -> {
      Returned returned = executeAll(body, tree.getBody().getStatements(), frame);
      return returned == null ? null : returned.value();
    });
  }

  private Object[] packFragmentVarargs(ExecutableElement method, Object[] given)
      throws ClassNotFoundException {
    int last = method.getParameters().size() - 1;
    TypeMirror arrayType = method.getParameters().get(last).asType();
    if (given.length == last + 1 && given[last] != null && given[last].getClass().isArray()) {
      return given;
    }
    Class<?> component = componentClass(arrayType);
    Object rest = Array.newInstance(component, given.length - last);
    for (int i = last; i < given.length; i++) {
      Array.set(rest, i - last, given[i]);
    }
    Object[] packed = Arrays.copyOf(given, last + 1);
    packed[last] = rest;
    return packed;
  }

  private interface Run {
    Object run() throws Exception;
  }

  private Object inFragment(Tree use, Run run) throws Exception {
    if (++fragmentDepth > MAX_FRAGMENT_DEPTH) {
      fragmentDepth = 0;
      throw new NotEvaluableException(use, "a fragment nested more than "
          + MAX_FRAGMENT_DEPTH + " calls deep (one that calls itself without end)");
    }
    try {
      return run.run();
    } finally {
      fragmentDepth = Math.max(0, fragmentDepth - 1);
    }
  }

  /**
   * The tree, with the class it belongs to attributed: javac attributes classes one after the
   * other, and asking for an element of a class it has not reached yet attributes that class.
   */
  private TreePath attributed(TreePath path) {
    trees.getElement(path);
    return path;
  }

  private static boolean mentionsTheDsl(ExecutableElement method) {
    String signature = method.getReturnType() + " " + method.getParameters().stream()
        .map(parameter -> parameter.asType().toString()).toList();
    return signature.contains("dev.vitae.dsl");
  }

  private static NotEvaluableException compiledElsewhere(Tree use, Element fragment) {
    return NotEvaluableException.explained(use, "'" + fragment.getEnclosingElement() + "."
        + fragment.getSimpleName() + "' is compiled elsewhere (in a jar or another module), so"
        + " its source cannot be run while the CV compiles; share a fragment as source"
        + " instead: put its class in this module's sources, or add its folder to them (a"
        + " second source root, e.g. with build-helper-maven-plugin)");
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
  private static Object call(MethodInvocationTree call, Method method, Object receiver,
      Object[] arguments) throws Exception {
    try {
      return method.invoke(receiver, arguments);
    } catch (InvocationTargetException thrown) {
      // A lambda's evaluation error travels through the builder wrapped once more by the
      // proxy, as it is a checked exception the functional interface does not declare.
      Throwable cause = thrown.getCause();
      while (cause instanceof UndeclaredThrowableException undeclared) {
        cause = undeclared.getUndeclaredThrowable();
      }
      if (cause instanceof InvalidCvException || cause instanceof NotEvaluableException
          || cause instanceof ErroneousCodeException) {
        throw (Exception) cause;
      }
      throw new NotEvaluableException(call, "'" + call.getMethodSelect()
          + "(...)', which failed with " + cause + ",");
    } catch (IllegalArgumentException mismatch) {
      throw new NotEvaluableException(call, "'" + call.getMethodSelect()
          + "(...)' with these values, which failed with " + mismatch + ",");
    }
  }

  /**
   * A lambda becomes an implementation of its functional interface that evaluates the
   * lambda's body with the parameters bound to what it is called with, in the frame it was
   * written in.
   */
  private Object lambda(TreePath path, LambdaExpressionTree lambda, Frame frame)
      throws Exception {
    Class<?> iface = functionalInterface(path);
    sources.inUnit(lambda, path.getCompilationUnit());
    return implement(iface, lambda, (arguments) -> {
      Frame body = new Frame(frame);
      for (int i = 0; i < lambda.getParameters().size(); i++) {
        body.define(element(new TreePath(path, lambda.getParameters().get(i))), arguments[i]);
      }
      TreePath code = new TreePath(path, lambda.getBody());
      if (lambda.getBody() instanceof BlockTree block) {
        Returned returned = executeAll(code, block.getStatements(), body);
        return returned == null ? null : returned.value();
      }
      return evaluate(code, body);
    });
  }

  /** {@code Parts::n26}, {@code WorkBuilder::ongoing}: a method run as a lambda. */
  private Object methodReference(TreePath path, MemberReferenceTree methodRef, Frame frame)
      throws Exception {
    Class<?> iface = functionalInterface(path);
    sources.inUnit(methodRef, path.getCompilationUnit());
    if (!(element(path) instanceof ExecutableElement method)
        || methodRef.getMode() != MemberReferenceTree.ReferenceMode.INVOKE) {
      throw new NotEvaluableException(methodRef, describe(methodRef));
    }
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    if (!dsl.isDsl(method)) {
      if (!isStatic || trees.getPath(method) == null) {
        throw isStatic ? compiledElsewhere(methodRef, method)
            : new NotEvaluableException(methodRef, describe(methodRef));
      }
      return implement(iface, methodRef, arguments -> fragment(methodRef, method, arguments));
    }
    Method reflected = dsl.reflect(method);
    Element qualifier = trees.getElement(new TreePath(path, methodRef.getQualifierExpression()));
    boolean bound = !isStatic && !(qualifier instanceof TypeElement);
    Object receiver = bound
        ? evaluate(new TreePath(path, methodRef.getQualifierExpression()), frame) : null;
    return implement(iface, methodRef, arguments -> {
      Object target = isStatic ? null : bound ? receiver : arguments[0];
      Object[] rest = isStatic || bound ? arguments
          : Arrays.copyOfRange(arguments, 1, arguments.length);
      try {
        return reflected.invoke(target, packVarargs(reflected, rest));
      } catch (InvocationTargetException thrown) {
        throw thrown.getCause() instanceof Exception cause ? cause : thrown;
      }
    });
  }

  private interface Body {
    Object run(Object[] arguments) throws Exception;
  }

  /**
   * {@code iface} done by {@code body}; a builder it is called with was made by the builder
   * call running it, and its values were set from {@code code}.
   */
  private Object implement(Class<?> iface, Tree code, Body body) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, method, arguments);
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, arguments);
      }
      Object[] given = arguments == null ? new Object[0] : arguments;
      for (Object argument : given) {
        if (argument instanceof Builder builder && !running.isEmpty()) {
          sources.created(builder, running.peek(), code);
        }
      }
      return body.run(given);
    };
    return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, handler);
  }

  private Class<?> functionalInterface(TreePath path) throws Exception {
    TypeMirror target = trees.getTypeMirror(path);
    if (!(target instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement functional)) {
      throw new ErroneousCodeException();
    }
    try {
      return dsl.load(functional);
    } catch (ClassNotFoundException notLoadable) {
      throw new NotEvaluableException(path.getLeaf(), "a lambda of the interface "
          + functional.getQualifiedName() + " (only the JDK's and Vitae's interfaces, such"
          + " as Consumer<WorkBuilder>, can be run while compiling)");
    }
  }

  /** {@code new String[] {"a", "b"}} or {@code {"a", "b"}}: an array literal. */
  private Object array(TreePath path, NewArrayTree literal, Frame frame) throws Exception {
    TypeMirror type = trees.getTypeMirror(path);
    if (literal.getInitializers() == null || !(type instanceof ArrayType arrayType)) {
      throw new NotEvaluableException(literal, describe(literal));
    }
    Object[] values = values(path, literal.getInitializers(), frame);
    Object array = Array.newInstance(componentClass(arrayType), values.length);
    for (int i = 0; i < values.length; i++) {
      Array.set(array, i, values[i]);
    }
    return array;
  }

  /** The class an array of {@code arrayType} holds; Variant for the author's variants. */
  private Class<?> componentClass(TypeMirror arrayType) {
    TypeMirror component = ((ArrayType) arrayType).getComponentType();
    if (component instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement type && variants.isVariantEnum(type)) {
      return Variant.class;
    }
    try {
      return dsl.classOf(component);
    } catch (ClassNotFoundException notLoadable) {
      return Object.class;
    }
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
