package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.Reading;
import dev.vitae.generators.Themes;
import dev.vitae.generators.html.HeadlessChromium;
import dev.vitae.generators.html.HtmlGenerator;
import dev.vitae.generators.html.NuHtmlChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in every theme, Vitae's three and the project's own "banner" (the README's
 * worked example): each page valid HTML and drawn by Chromium, whichever theme the example
 * itself chose.
 */
class ExampleThemesTest {

  /** The project's own themes, as the build names them with -Avitae.themes. */
  private static final Themes THEMES = new Themes(Path.of("src", "main", "cv-themes"));

  @TempDir Path work;

  private static Map<String, Resume> examples() {
    Map<String, Resume> examples = new LinkedHashMap<>();
    examples.put("academic", AcademicCv.academic());
    examples.put("bilingual", BilingualCv.bilingual());
    examples.put("chinese-engineer", ChineseEngineerCv.chineseEngineer());
    examples.put("github-profile", GithubProfileCv.githubProfile());
    examples.put("senior-engineer", SeniorEngineerCv.seniorEngineer());
    return examples;
  }

  private static List<String> themes() {
    return Stream.concat(Stream.of(Theme.values()).map(Theme::key), Stream.of("banner"))
        .toList();
  }

  @TestFactory
  List<DynamicTest> everyExampleInEveryThemeIsValidAndDrawn() {
    List<DynamicTest> tests = new ArrayList<>();
    examples().forEach((name, cv) -> {
      for (String language : cv.localization().languages()) {
        for (String theme : themes()) {
          String page = name + "." + language + "." + theme + ".html";
          tests.add(DynamicTest.dynamicTest(page, () -> {
            Resume inTheme = cv.withStyle(cv.style().with(theme, null, null, null));
            String html = new HtmlGenerator().render(Reading.of(inTheme, language, THEMES));
            assertTrue(html.contains("<body class=\"" + theme + "\">"), "drawn by " + theme);
            assertEquals(List.of(), NuHtmlChecker.problems(html));
            HeadlessChromium chromium = new HeadlessChromium(work);
            var screenshot = HeadlessChromium.image(
                chromium.screenshot(chromium.save(page, html)));
            assertTrue(HeadlessChromium.colours(screenshot) > 16, "a blank page");
          }));
        }
      }
    });
    return tests;
  }
}
