package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * A lambda that fills a builder: {@code w -> w.name("NIO").start(2018)}. One that sets nothing
 * is {@code w -> {}}. Laid out, its calls go one per line below the line it starts on.
 */
record Lambda(String parameter, Chain body) implements Code {

  static Lambda of(String parameter, List<? extends Code> calls) {
    return new Lambda(parameter,
        new Chain(Literal.of(CodeBlock.of("$L", parameter)), List.copyOf(calls)));
  }

  @Override
  public int width() {
    return body.calls().isEmpty()
        ? parameter.length() + " -> {}".length()
        : Code.capped(parameter.length() + " -> ".length() + (long) body.width());
  }

  /** A lambda may start at the end of a line: {@code h -> h}, its calls below. */
  @Override
  public int firstLineWidth() {
    return body.calls().isEmpty() ? width() : 2 * parameter.length() + " -> ".length();
  }

  @Override
  public CodeBlock flat() {
    return body.calls().isEmpty()
        ? CodeBlock.of("$L -> {}", parameter) : CodeBlock.of("$L -> $L", parameter, body.flat());
  }

  @Override
  public CodeBlock at(Place place) {
    return body.calls().isEmpty()
        ? flat() : CodeBlock.of("$L -> $L", parameter, body.at(place));
  }
}
