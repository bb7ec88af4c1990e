package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.vitae.generators.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source generated for a small document, compared with {@code golden/JaneDoe.java} byte for
 * byte: read that file like code a person wrote. Rewrite it with
 * {@code -Dvitae.updateGolden=true}.
 */
class GoldenSourceTest {

  @TempDir Path output;

  @Test
  void smallDocumentGivesTheGoldenSource() throws IOException {
    String json = Files.readString(Path.of("src/test/resources/golden/jane-doe.resume.json"),
        StandardCharsets.UTF_8);
    String source = JsonResumeImporter.toJava(json, "com.example.cv", "JaneDoe", "jane-doe");

    GoldenFiles.assertMatches("JaneDoe.java", source);
    Compilation compilation = CvCompiler.compile("com.example.cv.JaneDoe", source, output);
    assertEquals(List.of(), CvCompiler.errors(compilation));
  }

  @Test
  void sameDocumentGivesTheSameSource() throws IOException {
    String json = Files.readString(Path.of("src/test/resources/golden/jane-doe.resume.json"),
        StandardCharsets.UTF_8);
    assertEquals(JsonResumeImporter.toJava(json, "com.example.cv", "JaneDoe", "jane-doe"),
        JsonResumeImporter.toJava(json, "com.example.cv", "JaneDoe", "jane-doe"));
  }
}
