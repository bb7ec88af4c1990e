package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Publication;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;

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
  public PublicationBuilder name(String value, TextOption... translations) {
    this.name = text("name", value, translations);
    return this;
  }

  /** The venue or publisher: "IEEE CLUSTER 2021". */
  public PublicationBuilder publisher(String value, TextOption... translations) {
    this.publisher = text("publisher", value, translations);
    return this;
  }

  public PublicationBuilder url(String value) {
    this.url = value;
    return this;
  }

  public PublicationBuilder summary(String value, TextOption... translations) {
    this.summary = text("summary", value, translations);
    return this;
  }

  Publication toModel() {
    return new Publication(name, publisher, date(), url, summary);
  }
}
