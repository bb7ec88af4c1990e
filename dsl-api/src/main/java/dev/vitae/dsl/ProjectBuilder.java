package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Project;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.List;

/** A project, with the author's roles in it. */
public final class ProjectBuilder extends PeriodBuilder<ProjectBuilder> {

  private Text name;
  private Text description;
  private final TextList keywords = new TextList(this, "keywords", "keyword");
  private String url;
  private final TextList roles = new TextList(this, "roles", "role");
  private Text entity;
  private Text type;

  ProjectBuilder(Path path) {
    super(path);
  }

  public ProjectBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
    return this;
  }

  public ProjectBuilder description(String value, TextOption... translations) {
    this.description = text("description", value, translations);
    return this;
  }

  public ProjectBuilder keywords(String... values) {
    keywords.set(Texts.of(values));
    return this;
  }

  public ProjectBuilder keywords(Text... values) {
    keywords.set(List.of(values));
    return this;
  }

  /**
   * A keyword of this project: {@code .keyword("CUDA", inEveryLanguage())}.
   * Adds it after the others, with its translations and marks, as the other texts take them.
   */
  public ProjectBuilder keyword(String value, TextOption... translations) {
    keywords.add(value, translations);
    return this;
  }

  public ProjectBuilder url(String value) {
    this.url = value;
    return this;
  }

  /** The author's roles: "Team Lead", "Backend". */
  public ProjectBuilder roles(String... values) {
    roles.set(Texts.of(values));
    return this;
  }

  public ProjectBuilder roles(Text... values) {
    roles.set(List.of(values));
    return this;
  }

  /**
   * One of the author's roles: {@code .role("Maintainer", only(INDUSTRY))}.
   * Adds it after the others, with its translations and marks, as the other texts take them.
   */
  public ProjectBuilder role(String value, TextOption... translations) {
    roles.add(value, translations);
    return this;
  }

  /** Who the project was for or with: a company, a university. */
  public ProjectBuilder entity(String value, TextOption... translations) {
    this.entity = text("entity", value, translations);
    return this;
  }

  /** What kind of project: "application", "research", "talk". */
  public ProjectBuilder type(String value, TextOption... translations) {
    this.type = text("type", value, translations);
    return this;
  }

  Project toModel() {
    return new Project(name, description, highlights(), keywords.toModel(), dates(), url,
        roles.toModel(), entity, type);
  }
}
