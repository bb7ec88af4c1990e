package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Text;

/** The bullets nested under one bullet point. */
public final class HighlightBuilder extends HighlightsBuilder<HighlightBuilder> {

  private final Text text;

  HighlightBuilder(Path path, Text text) {
    super(path);
    this.text = text == null ? Text.of("") : text;
  }

  Highlight toModel() {
    return new Highlight(text, highlights());
  }
}
