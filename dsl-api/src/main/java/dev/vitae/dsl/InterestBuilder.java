package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Interest;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import java.util.List;

/** An interest and its keywords. */
public final class InterestBuilder extends Builder {

  private Text name;
  private List<Text> keywords = List.of();

  InterestBuilder(Path path) {
    super(path);
  }

  public InterestBuilder name(String value, Translation... translations) {
    this.name = text(value, translations);
    return this;
  }

  public InterestBuilder keywords(String... values) {
    this.keywords = Texts.of(values);
    return this;
  }

  public InterestBuilder keywords(Text... values) {
    this.keywords = List.of(values);
    return this;
  }

  Interest toModel() {
    return new Interest(name, keywords);
  }
}
