package dev.vitae.importer;

import dev.vitae.dsl.model.Project;

/** A project: {@code .project(p -> p.name("hpc-ops").roles("Creator").start(2025).ongoing())}. */
final class ProjectWriter implements EntryWriter<Project> {

  private final Arguments arguments;

  ProjectWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Project project) {
    return Call.method("project", new BuilderCalls(arguments)
        .text("name", project.name())
        .text("description", project.description())
        .highlights(project.highlights())
        .texts("keywords", project.keywords())
        .dates(project.dates())
        .string("url", project.url())
        .texts("roles", project.roles())
        .text("entity", project.entity())
        .text("type", project.type())
        .asLambda("p"));
  }
}
