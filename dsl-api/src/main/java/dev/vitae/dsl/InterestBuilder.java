package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Interest;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.List;

/** An interest and its keywords. */
public final class InterestBuilder extends Builder implements Tailorable<InterestBuilder> {

  private Text name;
  private final TextList keywords = new TextList(this, "keywords", "keyword");

  InterestBuilder(Path path) {
    super(path);
  }

  public InterestBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
    return this;
  }

  public InterestBuilder keywords(String... values) {
    keywords.set(Texts.of(values));
    return this;
  }

  public InterestBuilder keywords(Text... values) {
    keywords.set(List.of(values));
    return this;
  }

  /**
   * A keyword of this interest: {@code .keyword("Go", inEveryLanguage())}.
   * Adds it after the others, with its translations and marks, as the other texts take them.
   */
  public InterestBuilder keyword(String value, TextOption... translations) {
    keywords.add(value, translations);
    return this;
  }

  Interest toModel() {
    return new Interest(name, keywords.toModel());
  }
}
