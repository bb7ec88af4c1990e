package dev.vitae.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CV's style: what is set wins over the defaults, and only what themes can take passes. */
class StyleTest {

  private static ResumeBuilder named() {
    return Vitae.cv().basics(b -> b.name("Jane Doe"));
  }

  @Test
  void aCvWithoutStyleIsClassicOnA4WithTheThemesOwnColourAndSize() {
    assertEquals(new Style("classic", null, Paper.A4, null), named().build().style());
  }

  @Test
  void whatTheCvSetsIsKeptAndTheRestIsTheDefault() {
    Style style = named().style(s -> s.theme(Theme.MODERN).fontSize(10.5))
        .style(s -> s.accent("#1D4ED8")).build().style();
    assertEquals(new Style("modern", "#1D4ED8", Paper.A4, 10.5), style);
    assertEquals(Theme.MODERN, style.builtInTheme());
  }

  @Test
  void aProjectsOwnThemeIsNamedByItsFolder() {
    Style style = named().style(s -> s.theme("acme-2").paper(Paper.LETTER)).build().style();
    assertEquals("acme-2", style.theme());
    assertEquals(null, style.builtInTheme());
  }

  @Test
  void settingsNoThemeCanTakeAreErrorsAtTheirSetter() {
    List<String> problems = named()
        .style(s -> s.theme("../evil").accent("red").fontSize(7.5)).check().stream()
        .map(Problem::toString).toList();
    assertEquals(List.of(
        "style.theme: [vitae:style] style theme \"../evil\" is no theme name; name a theme"
            + " with lower-case letters, digits and hyphens, such as \"acme\"",
        "style.accent: [vitae:style] style accent \"red\" is no colour; write it as #rrggbb,"
            + " such as \"#1d4ed8\"",
        "style.fontSize: [vitae:style] style font size 7.5 pt is out of range; themes are made"
            + " for 8 to 14 pt"), problems);
  }

  @Test
  void theRangeOfFontSizesIncludesItsEnds() {
    assertEquals(List.of(), named().style(s -> s.fontSize(8)).check());
    assertEquals(List.of(), named().style(s -> s.fontSize(14)).check());
    assertEquals(1, named().style(s -> s.fontSize(Double.NaN)).check().size());
  }
}
