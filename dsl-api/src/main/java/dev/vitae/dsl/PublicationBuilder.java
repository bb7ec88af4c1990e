package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Publication;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;

/** A paper, book or article; {@link #date} is when it was published. */
public final class PublicationBuilder extends DatedBuilder<PublicationBuilder> {

  private Text name;
  private Text publisher;
  private String url;
  private Text summary;

  PublicationBuilder(Path path) {
    super(path);
  }

  /** The title. */
  public PublicationBuilder name(String value, Translation... translations) {
    this.name = text(value, translations);
    return this;
  }

  /** The venue or publisher: "IEEE CLUSTER 2021". */
  public PublicationBuilder publisher(String value, Translation... translations) {
    this.publisher = text(value, translations);
    return this;
  }

  public PublicationBuilder url(String value) {
    this.url = value;
    return this;
  }

  public PublicationBuilder summary(String value, Translation... translations) {
    this.summary = text(value, translations);
    return this;
  }

  Publication toModel() {
    return new Publication(name, publisher, date(), url, summary);
  }
}
