package dev.vitae.examples;

import static dev.vitae.dsl.Marks.inEveryLanguage;
import static dev.vitae.dsl.Translations.de;
import static java.time.Month.*;

import dev.vitae.dsl.BasicsBuilder;
import dev.vitae.dsl.EducationBuilder;
import dev.vitae.dsl.WorkBuilder;
import dev.vitae.dsl.model.TextOption;
import java.util.function.Consumer;

/**
 * Fragments of Maria Keller's CVs: what her tailored CV and her short CV both say, written
 * once. Compiling either CV runs this code; an edit here changes both.
 */
final class TailoredParts {

  /** Her doctorate, as every CV of hers states it. */
  static final Consumer<EducationBuilder> DOCTORATE = e -> e
      .institution("Technische Universität Berlin", inEveryLanguage())
      .studyType("Dr.-Ing.", inEveryLanguage())
      .area("Distributed Systems", de("Verteilte Systeme"))
      .start(2014, OCTOBER).end(2019, MARCH);

  private TailoredParts() {}

  /** Who she is and how to reach her; her phone number only in the private outputs. */
  static void contact(BasicsBuilder b) {
    b.name("Maria Keller", inEveryLanguage())
        .email("maria.keller@example.com")
        .location(l -> l.city("Berlin", inEveryLanguage()).countryCode("DE"));
  }

  /** Her job at Zalando since {@code since}, in the role given with its translations. */
  static Consumer<WorkBuilder> zalando(int since, String position, TextOption... translations) {
    return w -> w.name("Zalando SE", inEveryLanguage())
        .position(position, translations)
        .location("Berlin", inEveryLanguage())
        .start(since, APRIL).ongoing();
  }
}
