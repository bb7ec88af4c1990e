package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Language;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;

/** A spoken language and how well. */
public final class LanguageBuilder extends Builder implements Tailorable<LanguageBuilder> {

  private Text language;
  private Text fluency;

  LanguageBuilder(Path path) {
    super(path);
  }

  public LanguageBuilder language(String value, TextOption... translations) {
    this.language = text("language", value, translations);
    return this;
  }

  /** "Native speaker", "Fluent", "IELTS 7.5". */
  public LanguageBuilder fluency(String value, TextOption... translations) {
    this.fluency = text("fluency", value, translations);
    return this;
  }

  Language toModel() {
    return new Language(language, fluency);
  }
}
