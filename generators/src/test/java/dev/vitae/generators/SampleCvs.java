package dev.vitae.generators;

import static java.time.Month.AUGUST;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JUNE;
import static java.time.Month.SEPTEMBER;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;

/** CVs the generator tests share: one that sets every field, one full of hostile text. */
public final class SampleCvs {

  private SampleCvs() {}

  /** Every section and every field set once, with nested highlights and Chinese text. */
  public static Resume complete() {
    return Vitae.cv()
        .basics(b -> b
            .name("Jane Doe")
            .label("Systems Engineer")
            .image("https://example.com/jane.png")
            .email("jane@example.com")
            .phone("+49 30 1234567")
            .url("https://jane.example.com")
            .summary("Builds **fast** inference systems; writes *clear* code and `CUDA` kernels."
                + " See [my blog](https://blog.example.com).")
            .location(l -> l.address("Example Street 1").postalCode("10115").city("Berlin")
                .countryCode("DE").region("Berlin"))
            .profile(p -> p.network("GitHub").username("janedoe")
                .url("https://github.com/janedoe")))
        .work(w -> w.name("Tencent").location("Beijing, BJ").description("as Reed")
            .position("Tech Lead").url("https://www.tencent.com").start(2021, FEBRUARY).ongoing()
            .summary("Leads LLM inference optimization.")
            .highlight("Kernel Optimization", h -> h
                .highlight("Attention prefill beats FlashAttention", h2 -> h2
                    .highlight("H20: +40% over TensorRT-LLM"))
                .highlight("Group GEMM +30%"))
            .highlight("Distributed communication"))
        .work(w -> w.name("NIO").position("Head of HPC").start(2018, 7).end(2021, 1))
        .volunteer(v -> v.organization("Code Club").position("Mentor")
            .url("https://codeclub.example.org").start(2019).end(2020)
            .summary("Taught children to program.").highlight("Ran 40 sessions"))
        .education(e -> e.institution("University of Chinese Academy of Sciences")
            .url("https://www.ucas.ac.cn").area("High-Performance Computing")
            .studyType("Doctor of Philosophy").location("Beijing, BJ")
            .start(2013, SEPTEMBER).end(2018, JUNE).score("GPA 3.9")
            .courses("Numerical Analysis", "Parallel Computing")
            .summary("Thesis on GPU solvers.")
            .highlight("GPU-accelerated integral equations"))
        .award(a -> a.title("Best Paper Award").date(2021, 9, 8).awarder("IEEE CLUSTER")
            .summary("For GPU message communication."))
        .certificate(c -> c.name("CUDA Certified").date(2020, AUGUST)
            .url("https://example.com/cert").issuer("NVIDIA"))
        .publication(p -> p.name("Accelerating GPU Message Communication")
            .publisher("IEEE CLUSTER 2021").date(2021).url("https://doi.org/10.1000/182")
            .summary("Zero-copy messaging."))
        .skill(s -> s.name("GPU Kernel Engineering").level("Expert")
            .keywords("CUDA", "CuTe / CUTLASS", "Triton"))
        .language(l -> l.language("中文").fluency("母语"))
        .language(l -> l.language("English").fluency("Fluent"))
        .interest(i -> i.name("Open source").keywords("LLM", "HPC"))
        .reference(r -> r.name("Prof. Example").reference("Jane is excellent."))
        .project(p -> p.name("hpc-ops").description("LLM inference operator library")
            .highlight("800+ GitHub stars").keywords("CUDA", "CuTe").start(2025).ongoing()
            .url("https://github.com/example/hpc-ops").roles("Creator", "Lead")
            .entity("Tencent").type("library"))
        .section("Patents", s -> s
            .summary("Granted patents.")
            .entry(e -> e.title("Multi-Module Scheduling").subtitle("US10942771B2")
                .organization("USPTO").location("US").start(2021, 3, 9)
                .url("https://patents.google.com/patent/US10942771B2")
                .summary("A scheduling method.").highlight("Also granted as US11055144B2")
                .keywords("scheduling")))
        .section("Recommended Blogs", s -> s
            .columns("Type", "Author", "Blog")
            .row("Infra", "[Chris Riccomini](https://cnr.sh/)", "materializedview.io")
            .row("AI", "Chip Huyen", "huyenchip.com/blog"))
        .meta(m -> m.canonical("https://jane.example.com/cv.json").version("v1.0.0")
            .lastModified("2026-01-01T00:00:00"))
        .build();
  }

  /** The strings an attacker or a careless author might put in CV text. */
  public static final String[] HOSTILE_TEXTS = {
    "\\input{/etc/passwd}",
    "\\write18{rm -rf /}",
    "100% } { $x^2$ & # _ ~ ^^5c \\",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "\"quotes\" & 'apostrophes' </div>",
  };

  /** A valid CV whose every kind of text field holds hostile text. */
  public static Resume hostile() {
    String all = String.join(" ", HOSTILE_TEXTS);
    return Vitae.cv()
        .basics(b -> b.name(all).label(all).summary(all)
            .location(l -> l.city(all)))
        .work(w -> w.name(all).position(all).start(2020).summary(all)
            .highlight(all, h -> h.highlight(all)))
        .skill(s -> s.name(all).keywords(HOSTILE_TEXTS))
        .section(all, s -> s.entry(e -> e.title(all).summary(all)).columns(all).row(all))
        .build();
  }
}
