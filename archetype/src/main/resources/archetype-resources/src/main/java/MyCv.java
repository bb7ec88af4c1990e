package ${package};

import static java.time.Month.*;

import dev.vitae.dsl.Cv;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;

/**
 * Your CV. Replace the sample person with yourself; {@code mvn package} checks every date,
 * e-mail and link, and writes target/cv/${cvName}/ as LaTeX, HTML and JSON.
 */
final class MyCv {

  private MyCv() {}

  @Cv("${cvName}")
  static Resume cv() {
    return Vitae.cv()
        .basics(b -> b
            .name("Jane Doe")
            .label("Systems Engineer")
            .email("jane@example.com")
            .url("https://example.com")
            .summary("Builds **fast**, boring infrastructure. Writes about it at "
                + "[the blog](https://example.com/blog).")
            .location(l -> l.city("Berlin").countryCode("DE"))
            .profile(p -> p.network("GitHub").username("janedoe")
                .url("https://github.com/janedoe")))
        .work(w -> w
            .name("Example Corp").position("Tech Lead").location("Berlin")
            .start(2021, FEBRUARY).ongoing()
            .highlight("Inference platform", h -> h
                .highlight("Cut p99 latency by 40% with request batching")
                .highlight("Led a team of five engineers"))
            .highlight("Introduced `cargo`-style reproducible builds"))
        .work(w -> w
            .name("Startup GmbH").position("Software Engineer").url("https://example.org")
            .start(2017, SEPTEMBER).end(2021, JANUARY)
            .highlight("Wrote the billing service, handling *millions* of invoices a month"))
        .education(e -> e
            .institution("Technical University").studyType("Master").area("Computer Science")
            .start(2015, OCTOBER).end(2017, JULY))
        .skill(s -> s.name("Languages").keywords("Java", "Go", "SQL"))
        .skill(s -> s.name("Infrastructure").keywords("Kubernetes", "PostgreSQL", "Kafka"))
        .section("Talks", s -> s
            .entry(e -> e.title("Boring Infrastructure").organization("JavaLand")
                .location("Brühl").start(2023, MARCH, 21)
                .url("https://example.com/talks/boring"))
            .entry(e -> e.title("Batching for Fun and Latency").organization("Meetup")
                .start(2022)))
        .build();
  }
}
