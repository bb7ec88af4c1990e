package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A method call: a builder call in a chain ({@code .name("Jane")}, {@code .work(w -> w...)})
 * or a static helper ({@code zhHans("...")}). It stays on one line when it fits; else its
 * arguments are laid out in turn (a lambda breaks its chain, a string splits), and JavaPoet
 * wraps a builder call's arguments at their commas where they are still too long. A helper's
 * arguments stay together, so that a line breaks before {@code zhHans(...)}, not inside it.
 */
record Call(CodeBlock callee, int calleeWidth, List<Code> arguments, String separator)
    implements Code {

  Call {
    arguments = List.copyOf(arguments);
  }

  /** A builder call: {@code .method(arguments)}. */
  static Call method(String method, List<Code> arguments) {
    return new Call(CodeBlock.of(".$L", method), method.length() + 1, arguments, ",$W");
  }

  static Call method(String method, Code... arguments) {
    return method(method, List.of(arguments));
  }

  /** A call of the static helper {@code callee}, which reads {@code asWritten} in the file. */
  static Call helper(CodeBlock callee, String asWritten, List<Code> arguments) {
    return new Call(callee, asWritten.length(), arguments, ", ");
  }

  @Override
  public int width() {
    return Code.capped(calleeWidth + 2L + Code.width(arguments, ", ".length()));
  }

  @Override
  public CodeBlock flat() {
    return call(arguments.stream().map(Code::flat).toList());
  }

  @Override
  public CodeBlock at(Place place) {
    if (place.fits(width())) {
      return flat();
    }
    // Each argument is followed by a comma, the last one by this call's parenthesis and
    // whatever follows the call.
    List<CodeBlock> laidOut = new ArrayList<>();
    int column = place.column() + calleeWidth + 1;
    for (int index = 0; index < arguments.size(); index++) {
      Code argument = arguments.get(index);
      boolean last = index == arguments.size() - 1;
      laidOut.add(argument.at(place.from(column, last ? place.trailing() + 1 : 1)));
      column = Math.min(column + argument.width() + 2, COLUMN_LIMIT);
    }
    return call(laidOut);
  }

  private CodeBlock call(List<CodeBlock> laidOut) {
    return CodeBlock.of("$L($L)", callee, CodeBlock.join(laidOut, separator));
  }
}
