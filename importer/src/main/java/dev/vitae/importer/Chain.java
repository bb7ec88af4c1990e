package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * A receiver and the builder calls on it: {@code Vitae.cv().basics(...).build()}, or a lambda's
 * {@code w.name("NIO").start(2018)}. Broken, it puts each call on a line of its own, one
 * continuation deeper than the line the receiver is on.
 */
record Chain(Code receiver, List<Call> calls) implements Code {

  Chain {
    calls = List.copyOf(calls);
  }

  @Override
  public int width() {
    return Code.capped((long) receiver.width() + Code.width(calls, 0));
  }

  @Override
  public CodeBlock flat() {
    CodeBlock.Builder code = receiver.flat().toBuilder();
    calls.forEach(call -> code.add(call.flat()));
    return code.build();
  }

  /** One call per line, whether or not the chain would fit on one. */
  @Override
  public CodeBlock at(int indent, int column) {
    // Two JavaPoet indent levels of two spaces each make the continuation.
    CodeBlock.Builder code = receiver.flat().toBuilder().add("$>$>");
    int callIndent = indent + CONTINUATION;
    calls.forEach(call -> code.add("\n").add(call.at(callIndent, callIndent)));
    return code.add("$<$<").build();
  }
}
