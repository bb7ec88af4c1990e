package dev.vitae.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/** One evaluated call of a builder method: the source tree and the method it resolved to. */
record CallSite(MethodInvocationTree call, ExecutableElement method) {

  List<? extends ExpressionTree> arguments() {
    return call.getArguments();
  }

  /** The argument given for the parameter called {@code name}, if the method has one. */
  Tree argumentFor(String name) {
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size() && i < arguments().size(); i++) {
      if (parameters.get(i).getSimpleName().contentEquals(name)) {
        return arguments().get(i);
      }
    }
    return null;
  }

  /** Element {@code index} of a varargs parameter, or the call when there is no such argument. */
  Tree varargsElement(int index) {
    int position = method.getParameters().size() - 1 + index;
    return method.isVarArgs() && position < arguments().size() ? arguments().get(position) : call;
  }

  /** The first argument, or the call itself for a call without any. */
  Tree firstArgumentOrCall() {
    return arguments().isEmpty() ? call : arguments().get(0);
  }
}
