package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long list of keywords, drawn by Chromium in a narrow window: it wraps over several lines,
 * but only between keywords, each separator held to the keyword before it, so no line starts
 * with one.
 */
class KeywordBreaksTest {

  /** Counts, after layout, the keywords drawn on more than one line and the lines used. */
  private static final String MEASURE = """
      <script>
      (() => {
        const tags = [...document.querySelectorAll('.tags li')];
        const broken = tags.filter(tag => tag.getClientRects().length > 1).length;
        const lines = new Set(tags.map(tag => Math.round(tag.getBoundingClientRect().top)));
        const glued = tags.slice(0, -1)
            .filter(tag => /(\\u00a0\\u00b7|,)$/.test(tag.textContent)).length;
        document.body.dataset.measured = 'tags=' + tags.length + ' broken=' + broken
            + ' lines=' + lines.size + ' glued=' + glued;
      })();
      </script>
      """;
  private static final Pattern MEASURED =
      Pattern.compile("tags=(\\d+) broken=(\\d+) lines=(\\d+) glued=(\\d+)");

  @TempDir
  Path workDirectory;

  @TestFactory
  List<DynamicTest> keywordsBreakOnlyBetweenThemselves() {
    return List.of(Theme.values()).stream().map(theme -> DynamicTest.dynamicTest(theme.key(),
        () -> {
          HeadlessChromium chromium = new HeadlessChromium(workDirectory);
          String page = new HtmlGenerator().render(HtmlThemesTest.inTheme(cv(), theme))
              .replace("</body>", MEASURE + "</body>");
          Path file = chromium.save(theme.key() + ".html", page);
          String dom = chromium.dumpDom(file, "--window-size=420,2000");
          Matcher measured = MEASURED.matcher(dom);
          assertTrue(measured.find(), "the page was not measured");
          assertAll(
              () -> assertEquals("20", measured.group(1), "keywords drawn"),
              () -> assertEquals("0", measured.group(2), "keywords broken over two lines"),
              () -> assertTrue(Integer.parseInt(measured.group(3)) >= 4,
                  "the list wraps over several lines: " + measured.group(3)),
              // each separator inside the keyword before it, so no line can start with one
              () -> assertEquals("19", measured.group(4), "separators glued to a keyword"));
        })).toList();
  }

  /** Twenty keywords of two or three words each: the list must wrap. */
  private static Resume cv() {
    return Vitae.cv()
        .basics(b -> b.name("Jane Doe"))
        .skill(s -> s.name("Machine learning systems").keywords(
            "speculative decoding", "prefix caching", "paged attention", "tensor parallelism",
            "pipeline parallelism", "expert parallelism", "continuous batching",
            "KV cache offloading", "quantized GEMM kernels", "FlashAttention kernels",
            "collective communication", "RDMA transport", "mixed precision training",
            "activation checkpointing", "gradient accumulation", "data loaders",
            "distributed checkpoints", "model serving", "request scheduling",
            "load balancing"))
        .build();
  }
}
