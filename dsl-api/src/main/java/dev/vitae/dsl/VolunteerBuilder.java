package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
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

  public VolunteerBuilder organization(String value, Translation... translations) {
    this.organization = text(value, translations);
    return this;
  }

  public VolunteerBuilder position(String value, Translation... translations) {
    this.position = text(value, translations);
    return this;
  }

  public VolunteerBuilder url(String value) {
    this.url = value;
    return this;
  }

  public VolunteerBuilder summary(String value, Translation... translations) {
    this.summary = text(value, translations);
    return this;
  }

  Volunteer toModel() {
    return new Volunteer(organization, position, url, dates(), summary, highlights());
  }
}
