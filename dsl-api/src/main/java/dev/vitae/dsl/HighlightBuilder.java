package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;

/** The bullets nested under one bullet point. */
public final class HighlightBuilder extends HighlightsBuilder<HighlightBuilder> {

  private Text text;

  HighlightBuilder(Path path, Text text) {
    super(path);
    this.text = text == null ? Text.of("") : text;
  }

  /** The bullet's text; its marks mark the whole bullet. */
  void write(String value, TextOption... options) {
    this.text = text(path(), value == null ? "" : value, options);
  }

  Highlight toModel() {
    return new Highlight(text, highlights());
  }
}
