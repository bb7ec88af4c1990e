package dev.vitae.importer;

import dev.vitae.dsl.model.Education;

/** A degree: {@code .education(e -> e.institution("MIT").studyType("Bachelor"))}. */
final class EducationWriter implements EntryWriter<Education> {

  private final Arguments arguments;

  EducationWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Education education) {
    return Call.method("education", new BuilderCalls(arguments)
        .text("institution", education.institution())
        .string("url", education.url())
        .text("area", education.area())
        .text("studyType", education.studyType())
        .text("location", education.location())
        .dates(education.dates())
        .text("score", education.score())
        .texts("courses", education.courses())
        .text("summary", education.summary())
        .highlights(education.highlights())
        .asLambda("e"));
  }
}
