package dev.vitae.examples;

import static dev.vitae.dsl.Marks.*;
import static dev.vitae.dsl.Translations.de;
import static dev.vitae.dsl.model.SectionKind.EDUCATION;
import static dev.vitae.dsl.model.SectionKind.PUBLICATIONS;
import static dev.vitae.examples.TailoredCv.Track.*;
import static java.time.Month.*;

import dev.vitae.dsl.Cv;
import dev.vitae.dsl.Variant;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;

/**
 * One source, several CVs: Maria Keller's CV for industry jobs (in the modern theme) and for
 * academic ones (in the classic one, publications and education first), in English and
 * German, each with a public set of outputs and a private one that adds her phone number and
 * a reference; and a short CV that shares her contact details, her doctorate and her current
 * job with it through {@link TailoredParts}.
 */
final class TailoredCv {

  /** The CVs the tailored source makes. */
  enum Track implements Variant { INDUSTRY, ACADEMIC }

  private TailoredCv() {}

  @Cv("tailored")
  @SuppressWarnings("vitae:placeholder")
  static Resume tailored() {
    return Vitae.cv("en", "de").variants(Track.values())
        .style(s -> s.theme(Theme.MODERN).theme(Theme.CLASSIC, only(ACADEMIC)))
        .label("en", Label.WORK, "Research and teaching", only(ACADEMIC))
        .label("de", Label.WORK, "Forschung und Lehre", only(ACADEMIC))
        .basics(b -> {
          TailoredParts.contact(b);
          b.phone("+49 30 1234567", privately())
              .label("Staff Engineer, Distributed Systems", de("Staff Engineer, verteilte Systeme"),
                  only(INDUSTRY))
              .label("Researcher in Distributed Systems", de("Forscherin für verteilte Systeme"),
                  only(ACADEMIC))
              .summary("Builds checkout and payment systems that stay up at peak load.",
                  de("Baut Checkout- und Zahlungssysteme, die auch unter Spitzenlast laufen."),
                  only(INDUSTRY))
              .summary("Studies how replicated systems stay consistent under failure.",
                  de("Erforscht, wie replizierte Systeme bei Ausfällen konsistent bleiben."),
                  only(ACADEMIC));
        })
        .work(TailoredParts.zalando(2019, "Staff Engineer", inEveryLanguage())
            .andThen(w -> w
                .highlight("Cut checkout latency at peak load by 40%", de("Checkout-Latenz unter"
                    + " Spitzenlast um 40 % gesenkt"), only(INDUSTRY))
                .highlight("Led the migration of payments to an event log",
                    de("Migration der Zahlungen auf ein Ereignisprotokoll geleitet"))))
        .work(w -> w.only(ACADEMIC)
            .name("Technische Universität Berlin", inEveryLanguage())
            .position("Research assistant", de("Wissenschaftliche Mitarbeiterin"))
            .start(2014, OCTOBER).end(2019, MARCH)
            .highlight("Taught the distributed systems lab, 120 students a year",
                de("Betreuung des Praktikums Verteilte Systeme, 120 Studierende im Jahr")))
        .education(TailoredParts.DOCTORATE)
        .publication(p -> p.only(ACADEMIC)
            .name("Consistent Snapshots for Event-Sourced Payments", inEveryLanguage())
            .publisher("EuroSys", inEveryLanguage())
            .date(2021, APRIL))
        .skill(s -> s.name("Distributed systems", de("Verteilte Systeme"))
            .level("Expert", de("Expertin"))
            .keyword("Java", inEveryLanguage())
            .keyword("TLA+", inEveryLanguage())
            .keyword("Kubernetes", inEveryLanguage(), only(INDUSTRY))
            .keyword("Model checking", de("Modellprüfung"), only(ACADEMIC)))
        .reference(r -> r.privately().name("Prof. Anna Roth", inEveryLanguage())
            .reference("Maria's thesis changed how my group designs systems.",
                de("Marias Dissertation hat verändert, wie meine Gruppe Systeme entwirft.")))
        .order(only(ACADEMIC), PUBLICATIONS, EDUCATION)
        .build();
  }

  @Cv("tailored-short")
  @SuppressWarnings("vitae:placeholder")
  static Resume tailoredShort() {
    return Vitae.cv("en", "de")
        .basics(b -> {
          TailoredParts.contact(b);
          b.label("Staff Engineer", inEveryLanguage());
        })
        .work(TailoredParts.zalando(2019, "Staff Engineer", inEveryLanguage()))
        .education(TailoredParts.DOCTORATE)
        .skill(s -> s.name("Java", inEveryLanguage()).level("Expert", de("Expertin")))
        .build();
  }
}
