package dev.vitae.importer;

import dev.vitae.dsl.model.Reference;

/** A reference: {@code .reference(r -> r.name("Prof. Lee").reference("..."))}. */
final class ReferenceWriter implements EntryWriter<Reference> {

  private final Arguments arguments;

  ReferenceWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Reference reference) {
    return Call.method("reference", new BuilderCalls(arguments)
        .text("name", reference.name())
        .text("reference", reference.reference())
        .asLambda("r"));
  }
}
