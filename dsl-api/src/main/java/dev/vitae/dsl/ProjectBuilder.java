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
  private List<Text> keywords = List.of();
  private String url;
  private List<Text> roles = List.of();
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
    this.keywords = Texts.of(values);
    return this;
  }

  public ProjectBuilder keywords(Text... values) {
    this.keywords = List.of(values);
    return this;
  }

  public ProjectBuilder url(String value) {
    this.url = value;
    return this;
  }

  /** The author's roles: "Team Lead", "Backend". */
  public ProjectBuilder roles(String... values) {
    this.roles = Texts.of(values);
    return this;
  }

  public ProjectBuilder roles(Text... values) {
    this.roles = List.of(values);
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
    return new Project(name, description, highlights(), keywords, dates(), url, roles, entity,
        type);
  }
}
