package dev.vitae.generators.text;

import dev.vitae.generators.GoldenFiles;
import dev.vitae.generators.SampleCvs;
import org.junit.jupiter.api.Test;

/** The sample CVs as plain text, compared with golden files (the bilingual one: i18n). */
class PlainTextGoldenTest {

  private final PlainTextGenerator generator = new PlainTextGenerator();

  @Test
  void completeCvMatchesItsGoldenFile() throws Exception {
    GoldenFiles.assertMatches("complete.txt", generator.render(SampleCvs.complete()));
  }

  @Test
  void hostileCvMatchesItsGoldenFile() throws Exception {
    GoldenFiles.assertMatches("hostile.txt", generator.render(SampleCvs.hostile()));
  }
}
