package dev.vitae.generators.latex;

import dev.vitae.dsl.HighlightBuilder;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.Resume;
import java.util.function.Consumer;

/**
 * A CV in Chinese and English full of what fonts struggle with: CJK, Greek, Cyrillic, math
 * signs, arrows, typographic quotes and dashes, emoji sequences, every printable ASCII
 * character, and highlights nested deeper than LaTeX's list limit.
 */
final class SymbolsCv {

  static final String SYMBOLS = "Latency ≥ 40% lower, 3 × faster → σ = 0.5 – “quoted” ‘single’"
      + " — ellipsis… · ✓ ★ Ω α β ∑ ≤ ≠ ± ∞ € £ ¥ ° Привет, Ελληνικά";
  static final String EMOJI = "Launch 🚀, thumbs 👍🏽, heart ❤️, flag 🇩🇪, keycap #️⃣, family 👨‍👩‍👧";
  static final String ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ"
      + "[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  /** As deep as bullets may nest. */
  static final int DEPTH = Highlight.MAX_LEVEL;

  private SymbolsCv() {}

  static Resume create() {
    return Vitae.cv()
        .basics(b -> b.name("张伟 Zhang Wei").label("高性能计算工程师 · HPC Engineer ✓ 🚀")
            .email("zhang.wei@example.com").phone("+86 10 1234 5678")
            .url("https://example.com/~zhang_wei?lang=zh&v=1#top")
            .summary("专注于**大模型推理**优化，熟悉 *CUDA* 与 `Triton 内核`。" + SYMBOLS
                + "\n\n" + EMOJI + "  \nSee [我的博客](https://example.com/博客?a=1&b=2%20c#x).")
            .location(l -> l.city("北京").countryCode("CN").region("北京市"))
            .profile(p -> p.network("GitHub").username("zhangwei")
                .url("https://github.com/zhangwei")))
        .work(w -> w.name("腾讯 Tencent").position("技术负责人").location("北京")
            .start(2021, 2).ongoing()
            .summary(ASCII)
            .highlight("第 1 层 level 1", nested(2)))
        .skill(s -> s.name("编程语言").level("精通").keywords("C++", "CUDA", "Python", "σ-δ"))
        .language(l -> l.language("中文").fluency("母语"))
        .section("专利与论文 ✓", s -> s.summary("“Quoted” — dashes – and ‘quotes’.")
            .entry(e -> e.title("一种调度方法 → US10942771B2").organization("USPTO")
                .start(2021, 3, 9).keywords("调度", "≥ 30%", "Ω(n log n)")))
        .build();
  }

  /** Highlights nested from {@code level} down to {@link #DEPTH}. */
  private static Consumer<HighlightBuilder> nested(int level) {
    return h -> {
      if (level < DEPTH) {
        h.highlight("第 " + level + " 层 level " + level + " ≥ σ", nested(level + 1));
      } else {
        h.highlight("第 " + level + " 层 level " + level + " 🚀");
      }
    };
  }
}
