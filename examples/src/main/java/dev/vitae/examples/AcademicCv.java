package dev.vitae.examples;

import static java.time.Month.*;

import dev.vitae.dsl.Cv;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;

/**
 * A graduate student's academic CV in systems research: two degrees, a teaching
 * assistantship, two internships, research projects with the author's role in each, skills
 * and an English test score.
 *
 * <p>The page this CV comes from listed its papers from a separate collection that it did not
 * carry, so the CV has no publications rather than made-up ones. The page named no one either
 * (the name sat in a site-wide profile): the name below is a placeholder.
 */
final class AcademicCv {

  private static final String SJTU = "Shanghai Jiao Tong University";

  private AcademicCv() {}

  @Cv("academic")
  static Resume academic() {
    // British English, for the page's "Sept."; its own heading for the internships.
    return Vitae.cv("en-GB")
        .label("en-GB", Label.WORK, "Working experience")
        // The theme: the academic look of moderncv: dates in a column.
        .style(s -> s.theme(Theme.CLASSIC))
        .basics(b -> b
            .name("Sam Example"))

        .education(e -> e
            .institution(SJTU)
            .studyType("M.S.")
            .area("Computer Technology")
            .start(2022).ongoing())
        .education(e -> e
            .institution(SJTU)
            .studyType("B.S.")
            .area("Computer Science and Technology")
            .end(2022))

        .section("Teaching experience", s -> s
            .entry(e -> e
                .title("CS3328 - Cloud Computing Technology")
                .organization("Shanhai Jiao Tong University")
                .start(2024, SEPTEMBER).ongoing()
                .highlight("Teaching Assistant")
                .highlight("Duties included: Design the course experiments and projects.")))

        .work(w -> w
            .name("Huawei Cloud")
            .description("Cloud Storage Innovation Lab")
            .location("Chengdu, China")
            .position("Research Intern")
            .start(2023, SEPTEMBER).ongoing())
        .work(w -> w
            .name("ByteDance")
            .description("China Regional Commercialization")
            .location("Beijing, China")
            .position("Big data development Intern")
            .start(2022, MAY).end(2022, SEPTEMBER))

        .project(p -> p
            .name("LLM Agent Framework Construction and Related Researches")
            .roles("Main Contributor")
            .start(2024, JULY).ongoing()
            .highlight("""
                Researching the system for LLM agents, especially the context (including agent \
                “memory”, tool results, and external knowledge) cache and position-independent \
                KV cache system."""))
        .project(p -> p
            .name("Optimization of LLM Inference Framework(Based on vLLM)")
            .roles("Contributor")
            .start(2024, JANUARY).end(2024, JUNE)
            .highlight("""
                Built a prefix tree to cache KV during inference, accelerating multi-round chat, \
                shared knowledge chat (RAG), and multi-user chat, resulting in a 22.8% reduction \
                in inference TTFT compared to vLLM.""")
            .highlight("""
                Disaggregated the prefill and decode stages, distributing them across different \
                GPUs for cross-cluster deployment, which improved overall throughput by 25% \
                compared to vLLM."""))
        .project(p -> p
            .name("High-bandwidth Multi-stream Parallel Data Swap System in Memory Pool")
            .roles("Main Contributor")
            .start(2023, SEPTEMBER).end(2024, FEBRUARY)
            .highlight("""
                Designed and implemented a service-aware memory offloading mechanism with a \
                multi-queue structure for the memory pool in cloud computing, based on the \
                memory access patterns of different services.""")
            .highlight("""
                Implemented a data swap subsystem with stream-level and path-level parallelism \
                to enhance data offloading performance, achieving a 50% memory reduction with \
                less than 3% time overhead when integrated with the existing far memory \
                system."""))
        .project(p -> p
            .name("Application-Aware Multi-Path Far Memory Management System")
            .roles("Main Contributor")
            .start(2022, JUNE).end(2023, APRIL)
            .highlight("""
                Designed and implemented a memory system that leverages the VM kernel isolation \
                mechanism to achieve application transparency and awareness, isolating swap \
                paths between different applications to enable parallel swaps.""")
            .highlight("""
                Designed and implemented an optimization system for backend selection and swap \
                path parameter adjustment, achieving up to 3.9x faster data swap performance \
                and a 5.1x improvement in data center task throughput compared to SOTA \
                systems."""))

        .skill(s -> s
            .name("Programming Language")
            .keywords("C/C++", "Python", "SQL", "Latex"))
        .skill(s -> s
            .name("Soft Skills")
            .keywords("Linux", "Linux kernel (memory part)", "RDMA", "Pytorch", "ML", "LLM",
                "Big data"))

        .language(l -> l
            .language("English")
            .fluency("TOEFL 109: R:29, L:30, S:22, W:28"))
        .build();
  }
}
