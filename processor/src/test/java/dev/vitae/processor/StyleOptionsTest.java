package dev.vitae.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Style;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A build's style options win over each CV's own; a wrong one is named and left out. */
class StyleOptionsTest {

  private static final Style OWN = new Style("modern", "#112233", Paper.A4, 11.0);

  @Test
  void whatTheBuildSetsWinsAndTheRestIsTheCvsOwn() {
    BuildOptions options = BuildOptions.of(Map.of("vitae.theme", "compact",
        "vitae.paper", "Letter", "vitae.fontSize", "9.5"), Map.of());
    assertEquals(new Style("compact", "#112233", Paper.LETTER, 9.5),
        options.style().over(OWN));
    assertEquals(List.of(), options.mistakes());
  }

  @Test
  void withoutOptionsTheCvKeepsItsStyle() {
    assertEquals(OWN, BuildOptions.of(Map.of(), Map.of()).style().over(OWN));
  }

  @Test
  void wrongOptionsAreNamedAndLeftOut() {
    BuildOptions options = BuildOptions.of(Map.of("vitae.theme", "My Theme",
        "vitae.accent", "blue", "vitae.paper", "a5", "vitae.fontSize", "huge"), Map.of());
    assertEquals(OWN, options.style().over(OWN));
    assertEquals(List.of(
        "-Avitae.theme=My Theme: style theme \"My Theme\" is no theme name; name a theme with"
            + " lower-case letters, digits and hyphens, such as \"acme\"",
        "-Avitae.accent=blue: style accent \"blue\" is no colour; write it as #rrggbb, such as"
            + " \"#1d4ed8\"",
        "-Avitae.paper=a5 is no paper size; write a4 or letter",
        "-Avitae.fontSize=huge is no size in points; write 10 or 10.5"), options.mistakes());
  }
}
