package dev.vitae.importer;

import dev.vitae.dsl.model.Work;

/** A job: {@code .work(w -> w.name("Tencent").position("Engineer").start(2021, FEBRUARY))}. */
final class WorkWriter implements EntryWriter<Work> {

  private final Arguments arguments;

  WorkWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Work work) {
    return Call.method("work", new BuilderCalls(arguments)
        .text("name", work.name())
        .text("location", work.location())
        .text("description", work.description())
        .text("position", work.position())
        .string("url", work.url())
        .dates(work.dates())
        .text("summary", work.summary())
        .highlights(work.highlights())
        .asLambda("w"));
  }
}
