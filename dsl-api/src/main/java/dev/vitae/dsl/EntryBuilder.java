package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Entry;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.List;

/** One entry of a custom section: a patent, a talk, a course taught, a blog series. */
public final class EntryBuilder extends PeriodBuilder<EntryBuilder> {

  private Text title;
  private Text subtitle;
  private Text organization;
  private Text location;
  private String url;
  private Text summary;
  private final TextList keywords = new TextList(this, "keywords", "keyword");

  EntryBuilder(Path path) {
    super(path);
  }

  public EntryBuilder title(String value, TextOption... translations) {
    this.title = text("title", value, translations);
    return this;
  }

  public EntryBuilder subtitle(String value, TextOption... translations) {
    this.subtitle = text("subtitle", value, translations);
    return this;
  }

  public EntryBuilder organization(String value, TextOption... translations) {
    this.organization = text("organization", value, translations);
    return this;
  }

  public EntryBuilder location(String value, TextOption... translations) {
    this.location = text("location", value, translations);
    return this;
  }

  public EntryBuilder url(String value) {
    this.url = value;
    return this;
  }

  public EntryBuilder summary(String value, TextOption... translations) {
    this.summary = text("summary", value, translations);
    return this;
  }

  public EntryBuilder keywords(String... values) {
    keywords.set(Texts.of(values));
    return this;
  }

  public EntryBuilder keywords(Text... values) {
    keywords.set(List.of(values));
    return this;
  }

  /**
   * A keyword of this entry: {@code .keyword("GPU", inEveryLanguage())}.
   * Adds it after the others, with its translations and marks, as the other texts take them.
   */
  public EntryBuilder keyword(String value, TextOption... translations) {
    keywords.add(value, translations);
    return this;
  }

  Entry toModel() {
    return new Entry(title, subtitle, organization, location, dates(), url, summary,
        highlights(), keywords.toModel());
  }
}
