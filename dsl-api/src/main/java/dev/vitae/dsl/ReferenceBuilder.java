package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Reference;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;

/** A reference: who, and what they said. */
public final class ReferenceBuilder extends Builder {

  private Text name;
  private Text reference;

  ReferenceBuilder(Path path) {
    super(path);
  }

  public ReferenceBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
    return this;
  }

  public ReferenceBuilder reference(String value, TextOption... translations) {
    this.reference = text("reference", value, translations);
    return this;
  }

  /**
   * In the outputs of these variants only: this reference. A variant the CV does not declare is an
   * error.
   */
  public ReferenceBuilder only(Variant... variants) {
    markAll("only", Marks.only(variants));
    return this;
  }

  /** In the private outputs only, never in the public ones: this reference. */
  public ReferenceBuilder privately() {
    markAll("privately", Marks.privately());
    return this;
  }

  Reference toModel() {
    return new Reference(name, reference);
  }
}
