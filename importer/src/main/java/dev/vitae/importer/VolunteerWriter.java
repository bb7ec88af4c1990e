package dev.vitae.importer;

import dev.vitae.dsl.model.Volunteer;

/** Unpaid work: {@code .volunteer(v -> v.organization("Code Club").position("Mentor"))}. */
final class VolunteerWriter implements EntryWriter<Volunteer> {

  private final Arguments arguments;

  VolunteerWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Volunteer volunteer) {
    return Call.method("volunteer", new BuilderCalls(arguments)
        .text("organization", volunteer.organization())
        .text("position", volunteer.position())
        .string("url", volunteer.url())
        .dates(volunteer.dates())
        .text("summary", volunteer.summary())
        .highlights(volunteer.highlights())
        .asLambda("v"));
  }
}
