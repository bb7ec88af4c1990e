package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Award;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;

/** A prize or honour. */
public final class AwardBuilder extends DatedBuilder<AwardBuilder> {

  private Text title;
  private Text awarder;
  private Text summary;

  AwardBuilder(Path path) {
    super(path);
  }

  public AwardBuilder title(String value, TextOption... translations) {
    this.title = text("title", value, translations);
    return this;
  }

  public AwardBuilder awarder(String value, TextOption... translations) {
    this.awarder = text("awarder", value, translations);
    return this;
  }

  public AwardBuilder summary(String value, TextOption... translations) {
    this.summary = text("summary", value, translations);
    return this;
  }

  Award toModel() {
    return new Award(title, date(), awarder, summary);
  }
}
