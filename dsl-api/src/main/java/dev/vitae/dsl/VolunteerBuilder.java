package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import dev.vitae.dsl.model.Volunteer;

/** Unpaid work for an organization. */
public final class VolunteerBuilder extends PeriodBuilder<VolunteerBuilder> {

  private Text organization;
  private Text position;
  private String url;
  private Text summary;

  VolunteerBuilder(Path path) {
    super(path);
  }

  public VolunteerBuilder organization(String value, TextOption... translations) {
    this.organization = text("organization", value, translations);
    return this;
  }

  public VolunteerBuilder position(String value, TextOption... translations) {
    this.position = text("position", value, translations);
    return this;
  }

  public VolunteerBuilder url(String value) {
    this.url = value;
    return this;
  }

  public VolunteerBuilder summary(String value, TextOption... translations) {
    this.summary = text("summary", value, translations);
    return this;
  }

  Volunteer toModel() {
    return new Volunteer(organization, position, url, dates(), summary, highlights());
  }
}
