package dev.vitae.importer;

import dev.vitae.dsl.model.Interest;

/** An interest: {@code .interest(i -> i.name("Music").keywords("Piano"))}. */
final class InterestWriter implements EntryWriter<Interest> {

  private final Arguments arguments;

  InterestWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Interest interest) {
    return Call.method("interest", new BuilderCalls(arguments)
        .text("name", interest.name())
        .texts("keywords", interest.keywords())
        .asLambda("i"));
  }
}
