package dev.vitae.generators;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;

/** Every section with only what the rules require: no format may trip on the gaps. */
public final class SparseCv {

  private SparseCv() {}

  public static Resume create() {
    return Vitae.cv()
        .basics(b -> b.name("Jane Doe"))
        .work(w -> w.name("NIO").start(2018))
        .volunteer(v -> v.organization("Code Club").start(2019))
        .education(e -> e.institution("UCAS").start(2013))
        .award(a -> a.title("Best Paper"))
        .certificate(c -> c.name("CUDA"))
        .publication(p -> p.name("A Paper"))
        .skill(s -> s.name("HPC"))
        .language(l -> l.language("English"))
        .interest(i -> i.name("Chess"))
        .reference(r -> r.name("Prof. Example"))
        .project(p -> p.name("hpc-ops"))
        .section("Talks", s -> s.entry(e -> e.title("On kernels")))
        .section("Empty", s -> { })
        .meta(m -> m.version("v1"))
        .build();
  }
}
