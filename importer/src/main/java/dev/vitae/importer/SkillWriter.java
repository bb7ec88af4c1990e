package dev.vitae.importer;

import dev.vitae.dsl.model.Skill;

/** A skill area: {@code .skill(s -> s.name("GPU").level("Expert").keywords("CUDA"))}. */
final class SkillWriter implements EntryWriter<Skill> {

  private final Arguments arguments;

  SkillWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Skill skill) {
    return Call.method("skill", new BuilderCalls(arguments)
        .text("name", skill.name())
        .text("level", skill.level())
        .texts("keywords", skill.keywords())
        .asLambda("s"));
  }
}
