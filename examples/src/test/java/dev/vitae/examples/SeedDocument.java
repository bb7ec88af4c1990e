package dev.vitae.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A CV as its author published it (a seed under {@code src/test/resources/seeds/}) paired
 * with the document the example written from it generates. A multilingual CV writes one
 * document per language, {@code <name>.<language>.<extension>}; each is compared with the
 * part of the seed in that language.
 */
enum SeedDocument {
  GITHUB_PROFILE("000", "github-profile", null, UnaryOperator.identity()),
  CHINESE_ENGINEER("001", "chinese-engineer", null, UnaryOperator.identity()),
  BILINGUAL_ENGLISH("002", "bilingual", "en", SeedText::beforeLanguageBoundary),
  BILINGUAL_CHINESE("002", "bilingual", "zh-Hans", SeedText::fromLanguageBoundary),
  ACADEMIC("003", "academic", null, UnaryOperator.identity()),
  SENIOR_ENGINEER("004", "senior-engineer", null, UnaryOperator.identity());

  private final String seed;
  private final String cv;
  private final String language;
  private final UnaryOperator<SeedText> part;

  SeedDocument(String seed, String cv, String language, UnaryOperator<SeedText> part) {
    this.seed = seed;
    this.cv = cv;
    this.language = language;
    this.part = part;
  }

  /** The words of the seed, or of its part in this document's language. */
  List<String> seedWords() {
    return part.apply(SeedText.read("seeds/" + seed + "-" + cv + ".txt")).words();
  }

  /** The generated file with this extension, under the directory the processor writes to. */
  Path output(Path cvDirectory, String extension) {
    return cvDirectory.resolve(cv).resolve(fileStem() + "." + extension);
  }

  /** The CV's name: the @Cv value of the example. */
  String cv() {
    return cv;
  }

  /** The language of a multilingual CV's document, or null for a CV in one language. */
  String language() {
    return language;
  }

  /** For reports: "004 senior-engineer", "002 bilingual.en". */
  String label() {
    return seed + " " + fileStem();
  }

  private String fileStem() {
    return language == null ? cv : cv + "." + language;
  }
}
