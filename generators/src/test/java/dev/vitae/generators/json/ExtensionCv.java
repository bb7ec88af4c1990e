package dev.vitae.generators.json;

import static dev.vitae.dsl.model.Translation.of;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;

/**
 * A CV that needs everything only the extension keeps: translations of every kind of text
 * (fields, list items, top-level and nested bullets, custom sections), bullets nested three
 * deep, ongoing and single-date entries in JSON Resume and in custom sections. Its English
 * document is the golden file {@code extension.json}; the importer's tests import each of its
 * documents.
 */
public final class ExtensionCv {

  private ExtensionCv() {}

  public static Resume build() {
    return Vitae.cv("en", "zh-Hans", "de")
        .fallback("zh-Hans", "en")
        .fallback("de", "en")
        .basics(b -> b
            .name("Jane Doe", of("zh-Hans", "简·多伊"))
            .label("Systems Engineer", of("zh-Hans", "系统工程师"), of("de", "Systemingenieurin"))
            .location(l -> l.city("Berlin", of("zh-Hans", "柏林")).countryCode("DE")))
        .work(w -> w.name("Tencent", of("zh-Hans", "腾讯")).start(2021, 2).ongoing()
            .highlight(Vitae.text("Kernel optimization", of("zh-Hans", "算子优化")), h -> h
                .highlight(Vitae.text("Attention prefill", of("zh-Hans", "注意力预填充")), h2 -> h2
                    .highlight("H20: +40%", of("de", "H20: +40 %")))
                .highlight("Group GEMM +30%"))
            .highlight("Distributed communication", of("zh-Hans", "分布式通信")))
        .work(w -> w.name("Conference talk").start(2019, 5, 17))
        .education(e -> e.institution("UCAS").location("Beijing", of("zh-Hans", "北京"))
            .start(2013, 9).end(2018, 6)
            .courses(Text.of("Numerical Analysis", of("zh-Hans", "数值分析")))
            .summary("Thesis on GPU solvers.", of("zh-Hans", "关于 GPU 求解器的论文。"))
            .highlight("Integral equations", h -> h.highlight("On GPUs")))
        .skill(s -> s.name("GPU").keywords(Text.of("CUDA"), Text.of("Kernels", of("de", "Kerne"))))
        .project(p -> p.name("hpc-ops").start(2025).ongoing()
            .roles(Text.of("Creator", of("zh-Hans", "创建者"))))
        .section(Vitae.text("Talks", of("zh-Hans", "演讲")), s -> s
            .summary("Invited talks.", of("zh-Hans", "受邀演讲。"))
            .entry(e -> e.title("GTC keynote", of("zh-Hans", "GTC 主题演讲")).start(2024, 3)
                .ongoing()
                .highlight(Vitae.text("Series", of("de", "Reihe")), h -> h
                    .highlight("Part one", of("de", "Teil eins")))
                .keywords(Text.of("GPU", of("de", "Grafikprozessor"))))
            .entry(e -> e.title("Meetup").start(2023)))
        .build();
  }
}
