package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.generators.SampleCvs;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The JVM's default locale does not leak into the page: Arabic digits or a German decimal
 * comma would change the bytes. (That the same CV gives the same bytes run after run is what
 * the golden files prove.)
 */
class HtmlDefaultLocaleTest {

  @Test
  void theDefaultLocaleDoesNotLeakIn() {
    Locale before = Locale.getDefault();
    String foreign;
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      foreign = new HtmlGenerator().render(SampleCvs.complete());
    } finally {
      Locale.setDefault(before);
    }
    assertEquals(new HtmlGenerator().render(SampleCvs.complete()), foreign);
  }
}
