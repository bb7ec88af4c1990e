package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Interest;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.List;

/** An interest and its keywords. */
public final class InterestBuilder extends Builder {

  private Text name;
  private List<Text> keywords = List.of();

  InterestBuilder(Path path) {
    super(path);
  }

  public InterestBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
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

  /**
   * In the outputs of these variants only: this interest. A variant the CV does not declare is an
   * error.
   */
  public InterestBuilder only(Variant... variants) {
    markAll("only", Marks.only(variants));
    return this;
  }

  /** In the private outputs only, never in the public ones: this interest. */
  public InterestBuilder privately() {
    markAll("privately", Marks.privately());
    return this;
  }

  Interest toModel() {
    return new Interest(name, keywords);
  }
}
