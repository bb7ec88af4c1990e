package dev.vitae.importer;

import static dev.vitae.dsl.Translations.de;
import static dev.vitae.dsl.Translations.in;
import static dev.vitae.dsl.Translations.zhHans;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;

/**
 * A CV that needs all of Vitae's JSON extension: three languages with fallbacks, one of them
 * without a helper of its own (Dutch), label overrides, translated texts of every kind (fields,
 * list items, table cells, bullets at every depth, custom sections), ongoing and single-date
 * entries, and sections in an order of the author's.
 */
final class ExtensionCv {

  private ExtensionCv() {}

  static Resume create() {
    return Vitae.cv("en", "zh-Hans", "de", "nl")
        .fallback("zh-Hans", "en")
        .fallback("de", "en")
        .fallback("nl", "de")
        .label("de", Label.WORK, "Berufserfahrung")
        .label("zh-Hans", Label.MONTH_FORMAT, "yyyy.M")
        .basics(b -> b
            .name("Jane Doe", zhHans("简·多伊"))
            .label("Systems Engineer", zhHans("系统工程师"), de("Systemingenieurin"),
                in("nl", "Systeemingenieur"))
            .location(l -> l.city("Berlin", zhHans("柏林")).countryCode("DE")))
        .skill(s -> s.name("GPU").keywords(Text.of("CUDA"), Vitae.text("Kernels", de("Kerne"))))
        .section(Vitae.text("Talks", zhHans("演讲")), s -> s
            .summary("Selected talks.")
            .entry(e -> e.title("Fast kernels", de("Schnelle Kerne")).start(2024, 5).ongoing()
                .highlight(Vitae.text("Recorded", zhHans("有录像")), h -> h
                    .highlight("Twice", h2 -> h2
                        .highlight("Once in Berlin", de("Einmal in Berlin")))))
            .entry(e -> e.title("Inference at scale").start(2023, 11, 2)))
        .work(w -> w.name("Tencent", zhHans("腾讯")).start(2021, 2).ongoing()
            .highlight(Vitae.text("Kernel optimization", zhHans("算子优化")), h -> h
                .highlight(Vitae.text("Attention prefill", zhHans("注意力预填充")), h2 -> h2
                    .highlight("H20: +40%", de("H20: +40 %")))
                .highlight("Group GEMM +30%"))
            .highlight("Distributed communication", zhHans("分布式通信")))
        .work(w -> w.name("Conference talk").start(2019, 5, 17))
        .section("Reading", s -> s
            .columns(Vitae.text("Type", zhHans("类型")), Text.of("Author"))
            .row(Text.of("Infra"), Vitae.text("Chris", de("Christoph")))
            .row("AI", "Chip"))
        .education(e -> e.institution("UCAS").location("Beijing", zhHans("北京"))
            .start(2013, 9).end(2018, 6)
            .courses(Text.of("Numerical Analysis", zhHans("数值分析")))
            .highlight("Integral equations", h -> h.highlight("On GPUs")))
        .project(p -> p.name("hpc-ops").start(2025).ongoing()
            .roles(Text.of("Creator", zhHans("创建者"))))
        .build();
  }
}
