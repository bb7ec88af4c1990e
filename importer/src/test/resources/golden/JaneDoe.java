package com.example.cv;

import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.SEPTEMBER;

import dev.vitae.dsl.Cv;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;

/**
 * Imported from a JSON Resume document.
 *
 * <p>Not imported:
 *
 * <ul>
 *   <li>/basics/pronouns: an unknown field
 * </ul>
 */
final class JaneDoe {
  @Cv("jane-doe")
  static Resume janeDoe() {
    return Vitae.cv()
        .basics(b -> b
            .name("Jane Doe")
            .label("Systems Engineer")
            .email("jane@example.com")
            .summary("Builds fast inference systems for large language models; writes clear code, "
                + "careful benchmarks and \"boring\" tooling that keeps them running.")
            .location(l -> l.city("Berlin").countryCode("DE"))
            .profile(p -> p
                .network("GitHub")
                .username("janedoe")
                .url("https://github.com/janedoe")))
        .work(w -> w
            .name("Tencent")
            .position("Tech Lead")
            .start(2021, FEBRUARY).ongoing()
            .highlight("Cut inference latency by 40%")
            .highlight("Leads a team of six"))
        .work(w -> w.name("NIO").position("Head of HPC").start(2018, JULY).end(2021, JANUARY))
        .education(e -> e
            .institution("University of Chinese Academy of Sciences")
            .area("High-Performance Computing")
            .studyType("PhD")
            .start(2013, SEPTEMBER).end(2018, JUNE, 30))
        .skill(s -> s.name("GPU programming").level("Expert").keywords("CUDA", "Triton"))
        .language(l -> l.language("English").fluency("Fluent"))
        .build();
  }
}
