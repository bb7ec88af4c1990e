package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.Vitae;
import dev.vitae.generators.SampleCvs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page as a real browser shows it: drawn, dark when asked, and never running CV text. */
class HtmlInBrowserTest {

  private static final Pattern SCRIPT_ELEMENT = Pattern.compile("<script\\b");

  @TempDir
  Path workDirectory;

  private final HtmlGenerator generator = new HtmlGenerator();
  private HeadlessChromium chromium;

  @BeforeEach
  void findChromium() {
    chromium = new HeadlessChromium(workDirectory);
  }

  @Test
  void theCompleteCvIsDrawn() throws Exception {
    Path page = chromium.save("complete.html", generator.render(SampleCvs.complete()));
    BufferedImage screenshot = HeadlessChromium.image(chromium.screenshot(page));
    assertEquals(1200, screenshot.getWidth());
    assertTrue(HeadlessChromium.colours(screenshot) > 16, "a blank or almost blank screenshot");
    assertTrue(brightness(screenshot.getRGB(5, 5)) > 200, "a light page by default");
  }

  @Test
  void darkModeDrawsADarkPage() throws Exception {
    Path page = chromium.save("complete.html", generator.render(SampleCvs.complete()));
    BufferedImage screenshot =
        HeadlessChromium.image(chromium.screenshot(page, "--force-dark-mode"));
    assertTrue(HeadlessChromium.colours(screenshot) > 16, "a blank or almost blank screenshot");
    assertTrue(brightness(screenshot.getRGB(5, 5)) < 60, "a light page in dark mode");
  }

  @Test
  void theRenderedDomKeepsTheCvAndOnlyTheJsonLdScript() throws Exception {
    Path page = chromium.save("complete.html", generator.render(SampleCvs.complete()));
    String dom = chromium.dumpDom(page);
    assertAll(
        () -> assertTrue(dom.contains("<h1>Jane Doe</h1>"), "the name"),
        () -> assertTrue(dom.contains("Attention prefill beats FlashAttention"), "a highlight"),
        () -> assertEquals(1, SCRIPT_ELEMENT.matcher(dom).results().count(), "script elements"),
        () -> assertTrue(dom.contains("<script type=\"application/ld+json\">"), "the JSON-LD"));
  }

  /**
   * Payloads that would mark the page with a data-pwned attribute if the browser ever ran
   * them. As text they only ever show as {@code setAttribute('data-pwned',1)}.
   */
  @Test
  void hostileTextNeverRunsInTheBrowser() throws Exception {
    String mark = "document.documentElement.setAttribute('data-pwned',1)";
    var cv = Vitae.cv()
        .basics(b -> b.name("<script>" + mark + "</script>")
            .summary("<img src=x onerror=\"" + mark + "\"> [click](javascript:" + mark + ")"))
        .work(w -> w.name("<svg onload=\"" + mark + "\">").start(2020)
            .highlight("<iframe srcdoc=\"<script>parent." + mark + "</script>\"></iframe>"))
        .build();
    Path page = chromium.save("hostile.html", generator.render(cv));
    String dom = chromium.dumpDom(page);
    assertAll(
        () -> assertFalse(dom.contains("data-pwned=\""), "a payload ran"),
        () -> assertTrue(dom.contains("&lt;script&gt;document.documentElement"),
            "the script shows as text"),
        () -> assertFalse(dom.contains("<img"), "an img element"),
        () -> assertFalse(dom.contains("<iframe"), "an iframe element"),
        () -> assertTrue(dom.contains(" click</p>"), "the link text, unlinked"),
        () -> assertFalse(dom.contains("href=\"javascript:"), "a javascript: link"),
        () -> assertEquals(1, SCRIPT_ELEMENT.matcher(dom).results().count(), "script elements"));
  }

  private static int brightness(int rgb) {
    return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
  }
}
