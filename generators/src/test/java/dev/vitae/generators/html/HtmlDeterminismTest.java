package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.generators.SampleCvs;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Same CV, same bytes: across generators, repeated runs and the JVM's default locale. */
class HtmlDeterminismTest {

  @Test
  void renderingTwiceGivesTheSameBytes() {
    String first = new HtmlGenerator().render(SampleCvs.complete());
    String second = new HtmlGenerator().render(SampleCvs.complete());
    assertEquals(first, second);
  }

  @Test
  void theDefaultLocaleDoesNotLeakIn() {
    String english = new HtmlGenerator().render(SampleCvs.complete());
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertEquals(english, new HtmlGenerator().render(SampleCvs.complete()));
    } finally {
      Locale.setDefault(before);
    }
  }
}
