package dev.vitae.importer;

import dev.vitae.dsl.model.Language;

/** A spoken language: {@code .language(l -> l.language("German").fluency("Fluent"))}. */
final class LanguageWriter implements EntryWriter<Language> {

  private final Arguments arguments;

  LanguageWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Language language) {
    return Call.method("language", new BuilderCalls(arguments)
        .text("language", language.language())
        .text("fluency", language.fluency())
        .asLambda("l"));
  }
}
