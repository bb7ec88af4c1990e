package dev.vitae.dsl.check;

import dev.vitae.dsl.model.Resume;
import java.util.function.Consumer;

/**
 * Every string of a CV, its texts and their translations, its e-mails and links, and its label
 * overrides, holds only characters an output can carry ({@link Characters#flaw}): a lone
 * surrogate or a control character is reported at the argument that wrote it.
 */
final class TextCharacters {

  private final Consumer<Problem> report;

  private TextCharacters(Consumer<Problem> report) {
    this.report = report;
  }

  static void check(Resume cv, Consumer<Problem> report) {
    CvStrings.forEach(cv, new TextCharacters(report)::string);
  }

  private void string(Path path, String value) {
    if (value != null) {
      Characters.flaw(value).ifPresent(flaw -> report.accept(new Problem(Check.TEXT, path,
          path + " \"" + Characters.printable(Quotes.shortened(value)) + "\" " + flaw
              + "; remove it or write the character it stands for")));
    }
  }
}
