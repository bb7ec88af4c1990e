package dev.vitae.generators.latex;

import static java.time.Month.FEBRUARY;
import static java.time.Month.JUNE;
import static java.time.Month.SEPTEMBER;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import java.util.List;

/**
 * One CV each in Simplified Chinese, Traditional Chinese, Japanese and Korean, written in that
 * language. Each uses characters whose shape differs between the regions' fonts (骨, 直, 角,
 * 写 or 寫, 海), runs of Latin typed against CJK without spaces, and a paragraph long enough to
 * need line breaks inside CJK text.
 */
final class CjkCvs {

  /**
   * A CV, the Noto CJK region its language needs, the words its PDF must show (compared
   * without white space, which PDF text extraction guesses), and words whose spaces must
   * come out as typed.
   */
  record Sample(String language, String fontRegion, Resume cv, List<String> mustShow,
      List<String> spacedAsTyped) {

    @Override
    public String toString() {
      return language;
    }
  }

  private CjkCvs() {}

  static List<Sample> all() {
    return List.of(simplifiedChinese(), traditionalChinese(), japanese(), korean());
  }

  static Sample simplifiedChinese() {
    Resume cv = Vitae.cv("zh-Hans")
        .basics(b -> b.name("王直").label("高性能计算工程师")
            .email("wang.zhi@example.com")
            .summary("专注于**大模型推理**优化，熟悉CUDA与Triton内核开发，曾将注意力预填充的"
                + "吞吐提升40%，超过FlashAttention。业余时间研究骨骼动画、直线插值与角度"
                + "量化，写过一本关于海量数据并行处理的小书，也在GitHub上维护多个开源项目。")
            .location(l -> l.city("北京").countryCode("CN")))
        .work(w -> w.name("腾讯").position("技术负责人").location("深圳")
            .start(2021, FEBRUARY).ongoing()
            .summary("负责大模型推理的性能优化。")
            .highlight("内核优化", h -> h
                .highlight("注意力预填充比FlashAttention快40%")
                .highlight("Group GEMM提升30%")))
        .education(e -> e.institution("中国科学院大学").studyType("博士").area("高性能计算")
            .start(2013, SEPTEMBER).end(2018, JUNE).courses("数值分析", "并行计算"))
        .skill(s -> s.name("编程语言").level("精通").keywords("C++", "CUDA", "Python"))
        .language(l -> l.language("英语").fluency("流利"))
        .section("专利", s -> s.entry(e -> e.title("一种多模块调度方法")
            .organization("国家知识产权局").start(2021, 3, 9)))
        .build();
    return new Sample("zh-Hans", "SC", cv,
        List.of("王直", "工作经历", "至今", "骨骼", "写过", "2021年2月"), List.of());
  }

  static Sample traditionalChinese() {
    Resume cv = Vitae.cv("zh-Hant")
        .basics(b -> b.name("王直").label("高效能運算工程師")
            .email("wang.zhi@example.com")
            .summary("專注於**大型語言模型推論**最佳化，熟悉CUDA與Triton核心開發，曾將注意力"
                + "預填充的吞吐量提升40%，超越FlashAttention。閒暇時研究骨骼動畫、直線插值與"
                + "角度量化，寫過一本關於海量資料平行處理的小書，也在GitHub上維護多個開源專案。")
            .location(l -> l.city("臺北").countryCode("TW")))
        .work(w -> w.name("騰訊").position("技術負責人").location("臺北")
            .start(2021, FEBRUARY).ongoing()
            .summary("負責大型語言模型推論的效能最佳化。")
            .highlight("核心最佳化", h -> h
                .highlight("注意力預填充比FlashAttention快40%")
                .highlight("Group GEMM提升30%")))
        .education(e -> e.institution("國立臺灣大學").studyType("博士").area("高效能運算")
            .start(2013, SEPTEMBER).end(2018, JUNE).courses("數值分析", "平行運算"))
        .skill(s -> s.name("程式語言").level("精通").keywords("C++", "CUDA", "Python"))
        .language(l -> l.language("英語").fluency("流利"))
        .section("專利", s -> s.entry(e -> e.title("一種多模組排程方法")
            .organization("經濟部智慧財產局").start(2021, 3, 9)))
        .build();
    return new Sample("zh-Hant", "TC", cv,
        List.of("王直", "工作經歷", "至今", "骨骼", "寫過", "2021年2月"), List.of());
  }

  static Sample japanese() {
    Resume cv = Vitae.cv("ja")
        .basics(b -> b.name("山田 直子").label("ハイパフォーマンス・コンピューティング エンジニア")
            .email("naoko.yamada@example.com")
            .summary("**大規模言語モデルの推論**最適化に従事し、CUDAとTritonによるカーネル開発"
                + "を得意とする。注意力プリフィルのスループットを40%向上させ、FlashAttentionを"
                + "上回った。余暇には骨格アニメーション、直線補間、角度の量子化を研究し、海外の"
                + "カンファレンスで発表した。写真と料理が趣味。")
            .location(l -> l.city("東京").countryCode("JP")))
        .work(w -> w.name("株式会社テンセント").position("テックリード").location("東京")
            .start(2021, FEBRUARY).ongoing()
            .summary("大規模言語モデル推論の性能最適化を担当。")
            .highlight("カーネル最適化", h -> h
                .highlight("注意力プリフィルをFlashAttentionより40%高速化")
                .highlight("Group GEMMを30%改善")))
        .education(e -> e.institution("東京大学").studyType("博士").area("情報理工学")
            .start(2013, SEPTEMBER).end(2018, JUNE).courses("数値解析", "並列計算"))
        .skill(s -> s.name("プログラミング言語").level("上級").keywords("C++", "CUDA", "Python"))
        .language(l -> l.language("英語").fluency("ビジネスレベル"))
        .section("特許", s -> s.entry(e -> e.title("複数モジュールのスケジューリング方法")
            .organization("特許庁").start(2021, 3, 9)))
        .build();
    return new Sample("ja", "JP", cv,
        List.of("山田", "職務経歴", "現在", "骨格", "写真", "2021年2月"), List.of());
  }

  static Sample korean() {
    Resume cv = Vitae.cv("ko")
        .basics(b -> b.name("김민준").label("고성능 컴퓨팅 엔지니어")
            .email("minjun.kim@example.com")
            .summary("**대규모 언어 모델 추론** 최적화를 담당하며 CUDA와 Triton 커널 개발에"
                + " 능숙합니다. 어텐션 프리필 처리량을 40% 높여 FlashAttention을 앞섰습니다."
                + " 여가 시간에는 골격(骨格) 애니메이션, 직선(直線) 보간, 각도(角度) 양자화를"
                + " 연구하며 해외(海外) 학회에서 발표했습니다.")
            .location(l -> l.city("서울").countryCode("KR")))
        .work(w -> w.name("텐센트").position("기술 리드").location("서울")
            .start(2021, FEBRUARY).ongoing()
            .summary("대규모 언어 모델 추론 성능 최적화를 담당합니다.")
            .highlight("커널 최적화", h -> h
                .highlight("어텐션 프리필을 FlashAttention보다 40% 빠르게 개선")
                .highlight("Group GEMM 30% 향상")))
        .education(e -> e.institution("서울대학교").studyType("박사").area("컴퓨터공학")
            .start(2013, SEPTEMBER).end(2018, JUNE).courses("수치 해석", "병렬 컴퓨팅"))
        .skill(s -> s.name("프로그래밍 언어").level("상급").keywords("C++", "CUDA", "Python"))
        .language(l -> l.language("영어").fluency("유창함"))
        .section("특허", s -> s.entry(e -> e.title("다중 모듈 스케줄링 방법")
            .organization("특허청").start(2021, 3, 9)))
        .build();
    return new Sample("ko", "KR", cv,
        List.of("김민준", "경력", "현재", "骨格", "2021년2월"),
        List.of("대규모 언어 모델", "기술 리드", "CUDA와 Triton", "FlashAttention보다"));
  }
}
