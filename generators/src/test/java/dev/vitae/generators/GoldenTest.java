package dev.vitae.generators;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.i18n.BilingualCv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format Vitae finds, for each sample CV in each of its languages, compared with the
 * golden file {@code <sample>.<extension>} ({@code bilingual.zh-Hans.md}): a new format cannot
 * land without its golden files. Each is rendered a second time in a JVM set to Egyptian
 * Arabic in Shanghai, whose digits and calendar differ, and must not change by a byte.
 */
class GoldenTest {

  private static final Map<String, Resume> SAMPLES = Map.of(
      "complete", SampleCvs.complete(),
      "hostile", SampleCvs.hostile(),
      "bilingual", BilingualCv.create());

  @TestFactory
  List<DynamicTest> everyFormatOfEverySampleMatchesItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String sample : List.of("complete", "hostile", "bilingual")) {
      Resume cv = SAMPLES.get(sample);
      for (String language : cv.localization().languages()) {
        String stem = cv.localization().isMultilingual() ? sample + "." + language : sample;
        for (Generator generator : Generators.all()) {
          String file = stem + "." + generator.extension();
          tests.add(DynamicTest.dynamicTest(file, () -> {
            GoldenFiles.assertMatches(file, generator.render(cv, language));
            GoldenFiles.assertMatches(file, renderedElsewhere(generator, cv, language));
          }));
        }
      }
    }
    return tests;
  }

  private static String renderedElsewhere(Generator generator, Resume cv, String language) {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
      return generator.render(cv, language);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
