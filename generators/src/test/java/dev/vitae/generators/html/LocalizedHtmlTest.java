package dev.vitae.generators.html;

import static dev.vitae.dsl.Translations.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.i18n.BilingualCv;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pages in a language other than English: the page names its language, text a fallback
 * language stood in for names its own, and the Nu Html Checker finds nothing wrong.
 */
class LocalizedHtmlTest {

  private final HtmlGenerator generator = new HtmlGenerator();

  @Test
  void chinesePageNamesItsLanguageAndMarksEnglishThatStoodIn() {
    String page = generator.render(BilingualCv.create(), "zh-Hans");
    assertTrue(page.contains("<html lang=\"zh-Hans\">"), page);
    assertTrue(page.contains("<h2>工作经历</h2>"), page);
    // "CUDA" has no Chinese translation: the English text stands in, and says so
    assertTrue(page.contains("<li><span lang=\"en\">CUDA</span>&nbsp;·</li>"), page);
    // translated text is in the page's language and needs no mark
    assertTrue(page.contains("<h3>技术负责人</h3>"), page);
  }

  @Test
  void englishPageOfTheSameCvMarksNothing() {
    String page = generator.render(BilingualCv.create(), "en");
    assertTrue(page.contains("<html lang=\"en\">"), page);
    assertEquals(1, page.split("lang=", -1).length - 1, "only <html> names a language");
  }

  @Test
  void chinesePageIsValidHtml() throws Exception {
    assertEquals(List.of(), NuHtmlChecker.problems(
        generator.render(BilingualCv.create(), "zh-Hans")));
  }

  /**
   * A Chinese CV read in English, where some texts have no English yet: the Chinese stands in
   * as phrasing ({@code span}) and as paragraphs ({@code div}), each marked zh-Hans.
   */
  @Test
  void pageWithChineseStandingInForEnglishIsValidAndMarksIt() throws Exception {
    String page = generator.render(chineseCvPartlyInEnglish(), "en");
    assertTrue(page.contains("<html lang=\"en\">"), page);
    assertTrue(page.contains("<h2>Work Experience</h2>"), page);
    assertTrue(page.contains("<h3>Tech Lead</h3>"), page);
    assertTrue(page.contains("<span class=\"byline\"><span lang=\"zh-Hans\">腾讯</span></span>"),
        page);
    assertTrue(page.contains("<div lang=\"zh-Hans\"><p>负责推理性能优化。</p></div>"), page);
    assertTrue(page.contains("<li><span lang=\"zh-Hans\">内核优化</span></li>"), page);
    assertFalse(page.contains("lang=\"en\"><"), "English text needs no mark on an English page");
    assertEquals(List.of(), NuHtmlChecker.problems(page));
  }

  private static Resume chineseCvPartlyInEnglish() {
    return Vitae.cv("zh-Hans", "en")
        .fallback("en", "zh-Hans")
        .basics(b -> b.name("李伟", en("Li Wei")).label("高性能计算工程师", en("HPC Engineer"))
            .summary("专注于大模型推理优化。", en("Makes large language model inference fast,"
                + " from attention kernels to distributed communication.")))
        .work(w -> w.name("腾讯").position("技术负责人", en("Tech Lead"))
            .start(2021, 2).ongoing()
            .summary("负责推理性能优化。")
            .highlight("内核优化")
            .highlight("分布式通信", en("Distributed communication")))
        .education(e -> e.institution("中国科学院大学", en("University of Chinese Academy of"
                + " Sciences")).studyType("博士", en("PhD")).start(2013, 9).end(2018, 6))
        .skill(s -> s.name("GPU 编程", en("GPU programming")).keywords("CUDA", "Triton"))
        .build();
  }
}
