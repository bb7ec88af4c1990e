package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * A method call: a builder call in a chain ({@code .name("Jane")}, {@code .work(w -> w...)})
 * or a static helper ({@code zhHans("...")}). It stays on one line when it fits. Else each
 * argument that does not fit on the line goes on a continuation line, and is laid out in turn
 * (a helper call the same way, a string split, a lambda broken into a call per line):
 * <pre>{@code
 * .summary("Makes LLM inference fast with CUDA kernels.",
 *     zhHans("专注于大模型推理优化。"))
 * }</pre>
 */
record Call(CodeBlock callee, int calleeWidth, List<Code> arguments) implements Code {

  Call {
    arguments = List.copyOf(arguments);
  }

  /** A builder call: {@code .method(arguments)}. */
  static Call method(String method, List<Code> arguments) {
    return new Call(CodeBlock.of(".$L", method), method.length() + 1, arguments);
  }

  static Call method(String method, Code... arguments) {
    return method(method, List.of(arguments));
  }

  /** A call of the static helper {@code callee}, which reads {@code asWritten} in the file. */
  static Call helper(CodeBlock callee, String asWritten, List<Code> arguments) {
    return new Call(callee, asWritten.length(), arguments);
  }

  @Override
  public int width() {
    return Code.capped(calleeWidth + 2L + Code.width(arguments, ", ".length()));
  }

  @Override
  public CodeBlock flat() {
    return CodeBlock.of("$L($L)", callee,
        CodeBlock.join(arguments.stream().map(Code::flat).toList(), ", "));
  }

  @Override
  public CodeBlock at(Place place) {
    if (place.fits(width())) {
      return flat();
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$L(", callee);
    int column = place.column() + calleeWidth + 1;
    boolean wrapped = false;
    for (int index = 0; index < arguments.size(); index++) {
      Code argument = arguments.get(index);
      // What follows the argument on its line: a comma, or this call's parenthesis and
      // whatever follows the call.
      int after = index == arguments.size() - 1 ? place.trailing() + 1 : 1;
      if (index > 0) {
        boolean fits = column + 2 + argument.firstLineWidth() + after <= COLUMN_LIMIT;
        if (fits || column >= COLUMN_LIMIT) {
          code.add(", ");
          column = Math.min(column + 2, COLUMN_LIMIT);
        } else {
          // Two JavaPoet indent levels of two spaces each make the continuation.
          code.add(wrapped ? ",\n" : ",$>$>\n");
          wrapped = true;
          column = place.indent() + CONTINUATION;
        }
      }
      int indent = wrapped ? place.indent() + CONTINUATION : place.indent();
      code.add(argument.at(new Place(indent, column, after)));
      // Where a broken argument ends is not known: the next one goes after it on its line.
      column = argument.width() >= MULTILINE
          ? indent + CONTINUATION : Math.min(column + argument.width(), COLUMN_LIMIT);
    }
    return code.add(wrapped ? "$<$<)" : ")").build();
  }
}
