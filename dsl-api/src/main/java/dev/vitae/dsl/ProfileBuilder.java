package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Profile;

/** An account on a network: GitHub, LinkedIn, a blog. */
public final class ProfileBuilder extends Builder implements Tailorable<ProfileBuilder> {

  private String network;
  private String username;
  private String url;

  ProfileBuilder(Path path) {
    super(path);
  }

  public ProfileBuilder network(String value) {
    this.network = value;
    return this;
  }

  public ProfileBuilder username(String value) {
    this.username = value;
    return this;
  }

  public ProfileBuilder url(String value) {
    this.url = value;
    return this;
  }

  Profile toModel() {
    return new Profile(network, username, url);
  }
}
