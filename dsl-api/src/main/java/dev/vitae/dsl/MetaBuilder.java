package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Meta;

/** About the CV document itself. */
public final class MetaBuilder extends Builder {

  private String canonical;
  private String version;
  private String lastModified;

  MetaBuilder(Path path) {
    super(path);
  }

  /** Where the canonical copy of this CV lives. */
  public MetaBuilder canonical(String value) {
    this.canonical = value;
    return this;
  }

  public MetaBuilder version(String value) {
    this.version = value;
    return this;
  }

  /** Written as given; Vitae never stamps the build time, so outputs stay reproducible. */
  public MetaBuilder lastModified(String value) {
    this.lastModified = value;
    return this;
  }

  Meta toModel() {
    return new Meta(canonical, version, lastModified);
  }
}
