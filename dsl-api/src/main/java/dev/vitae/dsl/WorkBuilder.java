package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import dev.vitae.dsl.model.Work;

/** A job; {@link #name} is the employer. */
public final class WorkBuilder extends PeriodBuilder<WorkBuilder> {

  private Text name;
  private Text location;
  private Text description;
  private Text position;
  private String url;
  private Text summary;

  WorkBuilder(Path path) {
    super(path);
  }

  /** The employer. */
  public WorkBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
    return this;
  }

  public WorkBuilder location(String value, TextOption... translations) {
    this.location = text("location", value, translations);
    return this;
  }

  /** What the employer does, or how the author was known there. */
  public WorkBuilder description(String value, TextOption... translations) {
    this.description = text("description", value, translations);
    return this;
  }

  /** The job title. */
  public WorkBuilder position(String value, TextOption... translations) {
    this.position = text("position", value, translations);
    return this;
  }

  public WorkBuilder url(String value) {
    this.url = value;
    return this;
  }

  public WorkBuilder summary(String value, TextOption... translations) {
    this.summary = text("summary", value, translations);
    return this;
  }

  Work toModel() {
    return new Work(name, location, description, position, url, dates(), summary, highlights());
  }
}
