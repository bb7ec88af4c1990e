package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.GoldenFiles;
import dev.vitae.generators.MissingThemeTemplateException;
import dev.vitae.generators.Reading;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.Themes;
import dev.vitae.generators.i18n.BilingualCv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each theme's page: valid, its golden file, the style's choices on it; and a project's own
 * themes found before Vitae's.
 */
class HtmlThemesTest {

  private final HtmlGenerator generator = new HtmlGenerator();

  @TempDir
  Path projectThemes;

  private static Map<String, Resume> samples() {
    Map<String, Resume> samples = new LinkedHashMap<>();
    samples.put("complete", SampleCvs.complete());
    samples.put("hostile", SampleCvs.hostile());
    samples.put("bilingual", BilingualCv.create());
    return samples;
  }

  static Resume inTheme(Resume cv, Theme theme) {
    return cv.withStyle(cv.style().with(theme.key(), null, null, null));
  }

  /**
   * The classic theme, the default, is in the golden files of every format; the others have
   * {@code <sample>.<theme>.html}.
   */
  @TestFactory
  List<DynamicTest> everyThemeOfEverySampleIsValidAndMatchesItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    samples().forEach((sample, cv) -> {
      for (String language : cv.localization().languages()) {
        String stem = cv.localization().isMultilingual() ? sample + "." + language : sample;
        for (Theme theme : Theme.values()) {
          tests.add(DynamicTest.dynamicTest(stem + " in " + theme.key(), () -> {
            String page = generator.render(inTheme(cv, theme), language);
            assertEquals(List.of(), NuHtmlChecker.problems(page));
            if (theme != Theme.CLASSIC) {
              GoldenFiles.assertMatches(stem + "." + theme.key() + ".html", page);
            }
          }));
        }
      }
    });
    return tests;
  }

  @TestFactory
  List<DynamicTest> theStylesChoicesReachThePage() {
    return List.of(Theme.values()).stream().map(theme -> DynamicTest.dynamicTest(theme.key(),
        () -> {
          Resume cv = SampleCvs.complete();
          String chosen = generator.render(cv.withStyle(
              new Style(theme.key(), "#12ab34", Paper.LETTER, 11.5)));
          String own = generator.render(cv.withStyle(
              new Style(theme.key(), null, Paper.A4, null)));
          assertAll(
              () -> assertTrue(chosen.contains("size: 215.9mm 279.4mm;"), "Letter paper"),
              () -> assertTrue(own.contains("size: 210mm 297mm;"), "A4 paper"),
              () -> assertTrue(chosen.contains("color: #12ab34;"), "the accent"),
              () -> assertFalse(own.contains("#12ab34"), "the theme's own accent"),
              () -> assertTrue(chosen.contains("font-size: 11.5pt;"), "the base size"),
              () -> assertTrue(chosen.contains("<body class=\"" + theme.key() + "\">"),
                  "the theme's name"));
        })).toList();
  }

  @Test
  void aProjectsThemeIsFoundByNameAndMayUseVitaesMacros() throws Exception {
    Path acme = Files.createDirectory(projectThemes.resolve("acme"));
    Files.writeString(acme.resolve("cv.ftlh"), """
        <#import "/html/parts.ftlh" as p>
        <#assign css>body { color: ${doc.look.accent}; }</#assign>
        <@p.page css=css><h1>${html.inline(doc.header.name)}</h1>\
        <#list doc.sections as section><@p.heading section/></#list></@p.page>
        """);
    Resume cv = SampleCvs.complete();
    String page = generator.render(Reading.of(
        cv.withStyle(new Style("acme", "#abcdef", Paper.A4, null)), cv.localization().primary(),
        new Themes(projectThemes)));
    assertAll(
        () -> assertTrue(page.contains("<h1>Jane Doe</h1>"), "the project's page"),
        () -> assertTrue(page.contains("body { color: #abcdef; }"), "the accent"),
        () -> assertTrue(page.contains("<script type=\"application/ld+json\">"),
            "Vitae's page around it"),
        () -> assertEquals(List.of(), NuHtmlChecker.problems(page)));
  }

  @Test
  void aProjectsThemeOfABuiltInNameTakesItsPlace() throws Exception {
    Path classic = Files.createDirectory(projectThemes.resolve("classic"));
    Files.writeString(classic.resolve("cv.ftlh"), "own classic");
    Resume cv = SampleCvs.complete();
    assertEquals("own classic",
        generator.render(Reading.of(cv, cv.localization().primary(), new Themes(projectThemes))));
    assertTrue(generator.render(cv).startsWith("<!DOCTYPE html>"), "Vitae's own elsewhere");
  }

  @Test
  void aThemeWithoutTheFormatsTemplateSaysWhatIsMissing() throws Exception {
    Files.createDirectory(projectThemes.resolve("bare"));
    Resume cv = SampleCvs.complete().withStyle(new Style("bare", null, Paper.A4, null));
    Themes themes = new Themes(projectThemes);
    MissingThemeTemplateException missing = assertThrows(MissingThemeTemplateException.class,
        () -> generator.render(Reading.of(cv, cv.localization().primary(), themes)));
    assertTrue(missing.getMessage().startsWith("the theme \"bare\" has no template cv.ftlh in "
        + projectThemes.resolve("bare")), missing.getMessage());
  }

  @Test
  void themesAreVitaesAndTheProjectsFoldersNothingElse() throws Exception {
    Files.createDirectory(projectThemes.resolve("acme"));
    Files.writeString(projectThemes.resolve("notes"), "a file, no theme");
    Themes themes = new Themes(projectThemes);
    assertAll(
        () -> assertTrue(themes.has("classic")),
        () -> assertTrue(themes.has("acme")),
        () -> assertFalse(themes.has("notes"), "a file"),
        () -> assertFalse(themes.has("missing")),
        () -> assertFalse(themes.has(".."), "a way out of the folder"),
        () -> assertFalse(Themes.BUILT_IN.has("acme"), "without the project's folder"));
  }
}
