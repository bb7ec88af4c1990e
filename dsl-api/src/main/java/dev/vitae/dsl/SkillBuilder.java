package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Skill;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import java.util.List;

/** A skill area and its keywords. */
public final class SkillBuilder extends Builder {

  private Text name;
  private Text level;
  private List<Text> keywords = List.of();

  SkillBuilder(Path path) {
    super(path);
  }

  public SkillBuilder name(String value, Translation... translations) {
    this.name = text(value, translations);
    return this;
  }

  /** How good: "Expert", "Native". */
  public SkillBuilder level(String value, Translation... translations) {
    this.level = text(value, translations);
    return this;
  }

  public SkillBuilder keywords(String... values) {
    this.keywords = Texts.of(values);
    return this;
  }

  public SkillBuilder keywords(Text... values) {
    this.keywords = List.of(values);
    return this;
  }

  Skill toModel() {
    return new Skill(name, level, keywords);
  }
}
