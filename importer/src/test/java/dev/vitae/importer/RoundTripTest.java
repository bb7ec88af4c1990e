package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.i18n.BilingualCv;
import dev.vitae.generators.json.ExtensionCv;
import dev.vitae.generators.json.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CV rendered to JSON by Vitae, imported, and compiled with Vitae's processor writes the very
 * same JSON again, byte for byte: nothing of the model is lost on the way through Java source.
 */
class RoundTripTest {

  private static final JsonGenerator JSON = new JsonGenerator();

  @TempDir Path output;

  @Test
  void completeCv() throws IOException {
    assertRoundTrip(SampleCvs.complete(), "en", "complete");
  }

  @Test
  void hostileTextStaysTheSameText() throws IOException {
    assertRoundTrip(SampleCvs.hostile(), "en", "hostile");
  }

  @Test
  void bilingualCvFromItsEnglishDocument() throws IOException {
    assertRoundTrip(BilingualCv.create(), "en", "bilingual");
  }

  @Test
  void bilingualCvFromItsChineseDocument() throws IOException {
    assertRoundTrip(BilingualCv.create(), "zh-Hans", "bilingual");
  }

  @Test
  void extensionCvFromEachOfItsDocuments() throws IOException {
    for (String language : ExtensionCv.build().localization().languages()) {
      assertRoundTrip(ExtensionCv.build(), language, "extension-" + language);
    }
  }

  @Test
  void languagesLabelsTablesAndOrderFromEachDocument() throws IOException {
    for (String language : LanguagesAndOrderCv.create().localization().languages()) {
      assertRoundTrip(LanguagesAndOrderCv.create(), language, "languages-" + language);
    }
  }

  @Test
  void styleKeepsItsThemeAccentPaperAndSize() throws IOException {
    assertRoundTrip(Vitae.cv().basics(b -> b.name("Jane Doe"))
        .style(s -> s.theme(Theme.MODERN).accent("#1d4ed8").paper(Paper.LETTER).fontSize(10.5))
        .build(), "en", "styled");
    assertRoundTrip(Vitae.cv().basics(b -> b.name("Jane Doe"))
        .style(s -> s.theme(Theme.COMPACT).fontSize(9)).build(), "en", "compact");
  }

  /**
   * Imports the document of {@code cv} in {@code language} and compiles it: every document the
   * processor writes, in every language of the CV, equals the original's.
   */
  private void assertRoundTrip(Resume cv, String language, String name) throws IOException {
    String source = JsonResumeImporter.toJava(JSON.render(cv, language), "test", "Imported",
        name);
    Compilation compilation = CvCompiler.compile("test.Imported", source, output);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(),
        () -> CvCompiler.describe(compilation) + source);
    boolean multilingual = cv.localization().isMultilingual();
    for (String written : cv.localization().languages()) {
      String file = multilingual ? name + "." + written + ".json" : name + ".json";
      Path json = output.resolve(name).resolve(file);
      assertTrue(Files.isRegularFile(json), () -> file + " was not written\n" + source);
      assertEquals(JSON.render(cv, written), Files.readString(json, StandardCharsets.UTF_8),
          () -> file + " differs after the import of the " + language + " document\n" + source);
    }
  }
}
