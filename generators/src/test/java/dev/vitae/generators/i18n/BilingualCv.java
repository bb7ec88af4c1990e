package dev.vitae.generators.i18n;

import static dev.vitae.dsl.Translations.zhHans;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.SEPTEMBER;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Resume;

/**
 * A CV in English and Simplified Chinese with every section, nested highlights, a custom
 * section, ongoing and closed ranges, dates to the year, month and day, and one label
 * override per language. Technical words (CUDA, GitHub) are left untranslated: the Chinese
 * reading falls back to English for them, as real bilingual CVs do.
 */
public final class BilingualCv {

  /** The Chinese heading this CV puts over its projects instead of the built-in one. */
  public static final String PROJECTS_HEADING = "开源项目";

  /** The English heading this CV puts over its work instead of the built-in one. */
  public static final String WORK_HEADING = "Experience";

  private BilingualCv() {}

  public static Resume create() {
    return Vitae.cv("en", "zh-Hans")
        .fallback("zh-Hans", "en")
        .label("zh-Hans", Label.PROJECTS, PROJECTS_HEADING)
        .label("en", Label.WORK, WORK_HEADING)
        .basics(b -> b
            .name("Li Wei", zhHans("李伟"))
            .label("HPC Engineer", zhHans("高性能计算工程师"))
            .email("li.wei@example.com")
            .phone("+86 10 1234 5678")
            .url("https://liwei.example.com")
            .summary("Makes **LLM inference** fast with *CUDA* kernels.",
                zhHans("专注于**大模型推理**优化，擅长编写 *CUDA* 内核。"))
            .location(l -> l.address("1 Zhongguancun Street", zhHans("中关村大街1号"))
                .postalCode("100080").city("Beijing", zhHans("北京"))
                .region("Haidian", zhHans("海淀区")).countryCode("CN"))
            .profile(p -> p.network("GitHub").username("liwei")
                .url("https://github.com/liwei")))
        .work(w -> w.name("Tencent", zhHans("腾讯")).position("Tech Lead", zhHans("技术负责人"))
            .location("Beijing", zhHans("北京")).url("https://www.tencent.com")
            .start(2021, FEBRUARY).ongoing()
            .summary("Leads inference optimization.", zhHans("负责推理性能优化。"))
            .highlight(Vitae.text("Kernel optimization", zhHans("内核优化")), h -> h
                .highlight(Vitae.text("Attention prefill", zhHans("注意力预填充")), h2 -> h2
                    .highlight("H20: +40% throughput", zhHans("H20：吞吐提升 40%")))
                .highlight("Group GEMM +30%"))
            .highlight("Distributed communication", zhHans("分布式通信")))
        .work(w -> w.name("NIO", zhHans("蔚来")).position("Head of HPC", zhHans("高性能计算负责人"))
            .start(2018, JULY).end(2021, JANUARY))
        .volunteer(v -> v.organization("Code Club", zhHans("编程俱乐部"))
            .position("Mentor", zhHans("导师")).start(2019).end(2020)
            .summary("Taught children to program.", zhHans("教孩子们编程。")))
        .education(e -> e.institution("University of Chinese Academy of Sciences",
                zhHans("中国科学院大学"))
            .area("High-Performance Computing", zhHans("高性能计算"))
            .studyType("PhD", zhHans("博士")).start(2013, SEPTEMBER).end(2018, JUNE)
            .courses(Vitae.text("Numerical Analysis", zhHans("数值分析")),
                Vitae.text("Parallel Computing", zhHans("并行计算"))))
        .award(a -> a.title("Best Paper Award", zhHans("最佳论文奖")).date(2021, 9, 8)
            .awarder("IEEE CLUSTER"))
        .certificate(c -> c.name("CUDA Certified Professional", zhHans("CUDA 认证专家"))
            .date(2020, 8).issuer("NVIDIA"))
        .publication(p -> p.name("Accelerating GPU Message Communication",
                zhHans("加速 GPU 消息通信")).publisher("IEEE CLUSTER 2021").date(2021))
        .skill(s -> s.name("GPU programming", zhHans("GPU 编程")).level("Expert", zhHans("精通"))
            .keywords("CUDA", "Triton"))
        .language(l -> l.language("Chinese", zhHans("中文")).fluency("Native", zhHans("母语")))
        .language(l -> l.language("English", zhHans("英语")).fluency("Fluent", zhHans("流利")))
        .interest(i -> i.name("Open source", zhHans("开源")).keywords("LLM", "HPC"))
        .reference(r -> r.name("Prof. Zhang", zhHans("张教授"))
            .reference("Li is an excellent engineer.", zhHans("李伟是一位出色的工程师。")))
        .project(p -> p.name("hpc-ops").description("Inference operator library",
                zhHans("推理算子库"))
            .start(2025, JUNE).ongoing().roles(Vitae.text("Creator", zhHans("作者")))
            .keywords("CUDA", "CuTe"))
        .section(Vitae.text("Patents", zhHans("专利")), s -> s
            .summary("Granted patents.", zhHans("已授权专利。"))
            .entry(e -> e.title("Multi-module scheduling", zhHans("多模块调度方法"))
                .subtitle("US10942771B2").organization("USPTO", zhHans("美国专利商标局"))
                .start(2021, 3, 9)
                .highlight("Also granted in China", zhHans("同时获中国授权"))))
        .meta(m -> m.version("v2"))
        .build();
  }
}
