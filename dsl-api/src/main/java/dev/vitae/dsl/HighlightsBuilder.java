package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bullet points, nested to any depth:
 * <pre>{@code
 * .highlight("Kernel optimization", h -> h
 *     .highlight("Attention prefill beats FlashAttention")
 *     .highlight("Group GEMM +30%"))
 * }</pre>
 */
public abstract class HighlightsBuilder<B extends HighlightsBuilder<B>> extends Builder
    implements Tailorable<B> {

  private final List<HighlightBuilder> highlights = new ArrayList<>();

  HighlightsBuilder(Path path) {
    super(path);
  }

  /** One bullet point. */
  public B highlight(String text, TextOption... translations) {
    addHighlight(null).write(text, translations);
    return self();
  }

  /** A bullet point with bullets nested under it. */
  public B highlight(String text, Consumer<HighlightBuilder> nested) {
    return highlight(text(text), nested);
  }

  /**
   * A bullet point in several languages with bullets nested under it. Below a bullet deeper
   * than {@link Highlight#MAX_LEVEL} nothing is run: the checks report that bullet, and no
   * nesting, however deep, can exhaust the stack.
   */
  public B highlight(Text text, Consumer<HighlightBuilder> nested) {
    HighlightBuilder highlight = addHighlight(text);
    if (highlight.level() <= Highlight.MAX_LEVEL) {
      nested.accept(highlight);
    }
    return self();
  }

  @Override
  List<? extends Builder> parts() {
    return highlights;
  }

  /** The level of this builder's bullet: 0 for an entry, 1 for its own bullets. */
  int level() {
    return (int) path().segments().stream()
        .filter(segment -> segment.name().equals("highlight")).count();
  }

  private HighlightBuilder addHighlight(Text text) {
    HighlightBuilder highlight = new HighlightBuilder(path().then("highlight", highlights.size()), text);
    highlights.add(highlight);
    return highlight;
  }

  List<Highlight> highlights() {
    return highlights.stream().map(HighlightBuilder::toModel).toList();
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
