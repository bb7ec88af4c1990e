package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Reference;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;

/** A reference: who, and what they said. */
public final class ReferenceBuilder extends Builder implements Tailorable<ReferenceBuilder> {

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

  Reference toModel() {
    return new Reference(name, reference);
  }
}
