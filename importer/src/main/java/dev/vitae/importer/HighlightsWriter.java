package dev.vitae.importer;

import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Bullet points as {@code .highlight(...)} calls; a bullet with bullets under it takes a
 * lambda, whose parameter is named by depth ({@code h}, {@code h2}, ...) so that no lambda
 * hides another's:
 * <pre>{@code
 * .highlight("Kernel Optimization", h -> h
 *     .highlight("Attention prefill", h2 -> h2.highlight("H20: +40%")))
 * }</pre>
 */
final class HighlightsWriter {

  private final Arguments arguments;
  private final int depth;

  HighlightsWriter(Arguments arguments) {
    this(arguments, 1);
  }

  private HighlightsWriter(Arguments arguments, int depth) {
    this.arguments = arguments;
    this.depth = depth;
  }

  List<Call> write(List<Highlight> highlights) {
    List<Call> calls = new ArrayList<>();
    for (Highlight highlight : highlights) {
      calls.add(write(highlight));
    }
    return calls;
  }

  private Call write(Highlight highlight) {
    Text text = highlight.text();
    if (highlight.highlights().isEmpty()) {
      return Call.method("highlight", arguments.text(text));
    }
    String parameter = depth == 1 ? "h" : "h" + depth;
    List<Call> nested = new HighlightsWriter(arguments, depth + 1).write(highlight.highlights());
    // With nested bullets, a translated bullet is one Text: highlight(Text, Consumer).
    return Call.method("highlight", arguments.textObject(text), Lambda.of(parameter, nested));
  }
}
