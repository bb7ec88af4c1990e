package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of texts a builder holds (keywords, courses, roles): set whole,
 * {@code .keywords("Go", "Rust")}, or one text at a time with its translations and marks,
 * {@code .keyword("Java", inEveryLanguage()).keyword("Kubernetes", only(INDUSTRY))}.
 */
final class TextList {

  private final Builder owner;
  /** The model's component and the setter of the whole list: {@code keywords}. */
  private final String field;
  /** The method that adds one text: {@code keyword}. */
  private final String adder;
  private final List<Text> texts = new ArrayList<>();
  private int added;

  TextList(Builder owner, String field, String adder) {
    this.owner = owner;
    this.field = field;
    this.adder = adder;
  }

  /** Sets the whole list, as the setter of the list's name does. */
  void set(List<Text> values) {
    for (int i = 0; i < texts.size(); i++) {
      owner.unmark(owner.path().then(field, i));
    }
    texts.clear();
    texts.addAll(List.copyOf(values));
  }

  /** Adds one text after those already in the list; a null value adds none. */
  void add(String value, TextOption... options) {
    Path call = owner.path().then(adder, added++);
    if (value == null) {
      return;
    }
    Path element = owner.path().then(field, texts.size());
    owner.writtenBy(element, call);
    texts.add(owner.text(element, call, value, options));
  }

  List<Text> toModel() {
    return List.copyOf(texts);
  }
}
