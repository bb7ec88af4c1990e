package dev.vitae.generators.i18n;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Generators;
import dev.vitae.generators.GoldenFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bilingual CV in each of its languages and each format, compared with golden files named
 * {@code bilingual.<language>.<extension>}: what the processor writes for a multilingual CV.
 */
class BilingualGoldenTest {

  private static final Resume CV = BilingualCv.create();

  @TestFactory
  List<DynamicTest> everyLanguageInEveryFormatMatchesItsGoldenFile() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String language : CV.localization().languages()) {
      for (Generator generator : Generators.all()) {
        String file = "bilingual." + language + "." + generator.extension();
        tests.add(DynamicTest.dynamicTest(file, () ->
            GoldenFiles.assertMatches(file, generator.render(CV, language))));
      }
    }
    return tests;
  }
}
