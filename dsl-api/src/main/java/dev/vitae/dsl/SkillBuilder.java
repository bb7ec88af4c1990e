package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Skill;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.List;

/** A skill area and its keywords. */
public final class SkillBuilder extends Builder implements Tailorable<SkillBuilder> {

  private Text name;
  private Text level;
  private final TextList keywords = new TextList(this, "keywords", "keyword");

  SkillBuilder(Path path) {
    super(path);
  }

  public SkillBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
    return this;
  }

  /** How good: "Expert", "Native". */
  public SkillBuilder level(String value, TextOption... translations) {
    this.level = text("level", value, translations);
    return this;
  }

  public SkillBuilder keywords(String... values) {
    keywords.set(Texts.of(values));
    return this;
  }

  public SkillBuilder keywords(Text... values) {
    keywords.set(List.of(values));
    return this;
  }

  /**
   * A keyword of this skill: {@code .keyword("Kubernetes", only(INDUSTRY))}.
   * Adds it after the others, with its translations and marks, as the other texts take them.
   */
  public SkillBuilder keyword(String value, TextOption... translations) {
    keywords.add(value, translations);
    return this;
  }

  Skill toModel() {
    return new Skill(name, level, keywords.toModel());
  }
}
