package dev.vitae.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import dev.vitae.dsl.check.Path.Segment;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/** One evaluated call of a builder method: the source tree and the method it resolved to. */
record CallSite(MethodInvocationTree call, ExecutableElement method) {

  List<? extends ExpressionTree> arguments() {
    return call.getArguments();
  }

  /**
   * The argument given for the parameter a path segment names ({@code month}), or for element
   * {@code [i]} of a varargs parameter ({@code translations[1]}); null if there is none.
   */
  Tree argumentFor(Segment segment) {
    List<? extends VariableElement> parameters = method.getParameters();
    for (int i = 0; i < parameters.size() && i < arguments().size(); i++) {
      if (parameters.get(i).getSimpleName().contentEquals(segment.name())) {
        boolean varargs = method.isVarArgs() && i == parameters.size() - 1;
        return varargs && segment.hasIndex() ? varargsElement(segment.index())
            : arguments().get(i);
      }
    }
    return null;
  }

  /** The argument for the last of {@code segments} that names a parameter; null if none. */
  Tree argumentFor(List<Segment> segments) {
    for (int i = segments.size() - 1; i >= 0; i--) {
      Tree argument = argumentFor(segments.get(i));
      if (argument != null) {
        return argument;
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
