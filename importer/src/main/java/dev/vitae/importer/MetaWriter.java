package dev.vitae.importer;

import dev.vitae.dsl.model.Meta;

/** About the document: {@code .meta(m -> m.canonical("https://...").version("v1.0.0"))}. */
final class MetaWriter implements EntryWriter<Meta> {

  private final Arguments arguments;

  MetaWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Meta meta) {
    return Call.method("meta", new BuilderCalls(arguments)
        .string("canonical", meta.canonical())
        .string("version", meta.version())
        .string("lastModified", meta.lastModified())
        .asLambda("m"));
  }
}
