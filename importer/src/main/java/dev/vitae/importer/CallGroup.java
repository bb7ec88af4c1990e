package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * Builder calls that read as one phrase and so share a line in a broken chain:
 * {@code .start(2021, FEBRUARY).ongoing()}, {@code .start(2018, JULY).end(2021, JANUARY)}.
 */
record CallGroup(List<Call> calls) implements Code {

  CallGroup {
    calls = List.copyOf(calls);
  }

  @Override
  public int width() {
    return Code.width(calls, 0);
  }

  @Override
  public CodeBlock flat() {
    return CodeBlock.join(calls.stream().map(Call::flat).toList(), "");
  }

  @Override
  public CodeBlock at(Place place) {
    CodeBlock.Builder code = CodeBlock.builder();
    int column = place.column();
    for (int index = 0; index < calls.size(); index++) {
      Call call = calls.get(index);
      boolean last = index == calls.size() - 1;
      code.add(call.at(place.from(column, last ? place.trailing() : 0)));
      column = Math.min(column + call.width(), COLUMN_LIMIT);
    }
    return code.build();
  }
}
