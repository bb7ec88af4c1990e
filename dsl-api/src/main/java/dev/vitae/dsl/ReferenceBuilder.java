package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Reference;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;

/** A reference: who, and what they said. */
public final class ReferenceBuilder extends Builder {

  private Text name;
  private Text reference;

  ReferenceBuilder(Path path) {
    super(path);
  }

  public ReferenceBuilder name(String value, Translation... translations) {
    this.name = text(value, translations);
    return this;
  }

  public ReferenceBuilder reference(String value, Translation... translations) {
    this.reference = text(value, translations);
    return this;
  }

  Reference toModel() {
    return new Reference(name, reference);
  }
}
