package dev.vitae.generators.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.generators.GoldenFiles;
import dev.vitae.generators.SampleCvs;
import org.junit.jupiter.api.Test;

/** The sample CVs as Markdown, compared with golden files (the bilingual one is in i18n). */
class MarkdownGoldenTest {

  private final MarkdownGenerator generator = new MarkdownGenerator();

  @Test
  void writesMdFiles() {
    assertEquals("md", generator.extension());
  }

  @Test
  void completeCvMatchesItsGoldenFile() throws Exception {
    GoldenFiles.assertMatches("complete.md", generator.render(SampleCvs.complete()));
  }

  @Test
  void hostileCvMatchesItsGoldenFile() throws Exception {
    GoldenFiles.assertMatches("hostile.md", generator.render(SampleCvs.hostile()));
  }
}
