package dev.vitae.importer;

import dev.vitae.dsl.model.Publication;

/** A paper; its {@code releaseDate} is the publication's {@code .date(...)}. */
final class PublicationWriter implements EntryWriter<Publication> {

  private final Arguments arguments;

  PublicationWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Publication publication) {
    return Call.method("publication", new BuilderCalls(arguments)
        .text("name", publication.name())
        .text("publisher", publication.publisher())
        .date("date", publication.releaseDate())
        .string("url", publication.url())
        .text("summary", publication.summary())
        .asLambda("p"));
  }
}
