package dev.vitae.generators.html;

import dev.vitae.generators.GoldenFiles;
import dev.vitae.generators.SampleCvs;
import org.junit.jupiter.api.Test;

class HtmlGoldenTest {

  private final HtmlGenerator generator = new HtmlGenerator();

  @Test
  void completeCvMatchesItsGoldenFile() throws Exception {
    GoldenFiles.assertMatches("complete.html", generator.render(SampleCvs.complete()));
  }

  @Test
  void hostileCvMatchesItsGoldenFile() throws Exception {
    GoldenFiles.assertMatches("hostile.html", generator.render(SampleCvs.hostile()));
  }
}
