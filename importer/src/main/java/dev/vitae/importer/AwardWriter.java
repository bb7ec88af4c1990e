package dev.vitae.importer;

import dev.vitae.dsl.model.Award;

/** A prize: {@code .award(a -> a.title("Best Paper").date(2021, SEPTEMBER))}. */
final class AwardWriter implements EntryWriter<Award> {

  private final Arguments arguments;

  AwardWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Award award) {
    return Call.method("award", new BuilderCalls(arguments)
        .text("title", award.title())
        .date("date", award.date())
        .text("awarder", award.awarder())
        .text("summary", award.summary())
        .asLambda("a"));
  }
}
