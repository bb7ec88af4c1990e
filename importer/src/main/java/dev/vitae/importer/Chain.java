package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * A receiver and the builder calls on it: {@code Vitae.cv().basics(...).build()}, or a lambda's
 * {@code w.name("NIO").start(2018)}. Broken, it puts each call (or {@link CallGroup group of
 * calls}) on a line of its own, one continuation deeper than the line the receiver is on.
 */
record Chain(Code receiver, List<Code> calls) implements Code {

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
  public CodeBlock at(Place place) {
    // Two JavaPoet indent levels of two spaces each make the continuation.
    CodeBlock.Builder code = receiver.flat().toBuilder().add("$>$>");
    for (int index = 0; index < calls.size(); index++) {
      boolean last = index == calls.size() - 1;
      code.add("\n").add(calls.get(index).at(place.continuation(last ? place.trailing() : 0)));
    }
    return code.add("$<$<").build();
  }
}
