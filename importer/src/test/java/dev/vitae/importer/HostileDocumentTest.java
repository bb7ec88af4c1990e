package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document cannot smuggle code into the generated source: its strings are escaped by
 * JavaPoet and come out of the CV unchanged, and its field names, listed in the class comment,
 * cannot end the comment or hide a line break from javac.
 */
class HostileDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Field names that would end the comment or start code if written as they are. */
  private static final List<String> HOSTILE_KEYS = List.of(
      "*/ class Evil {} /*",
      "\\u002a\\u002f class Evil {} /\\u002a",
      "\\u000a class Evil {}",
      "line\nbreak */ class Evil {}",
      "{@code x} @deprecated <script>&amp;");

  /** Strings that are hard to write as Java literals, and long ones that must be split. */
  private static final List<String> HARD_STRINGS = List.of(
      "\\u0022); System.exit(1); (\\u0022",
      "\"); System.exit(1); (\"",
      "tab\t carriage\rreturn line\u2028separator paragraph\u2029separator",
      "ends with a backslash \\",
      "two  spaces,   three,\n\nblank line, trailing space ",
      "a very long text " + "with many words ".repeat(20) + "and a "
          + "Wordthatistoolongforanylineofthefileatallsoitmuststaywholeonitsownline".repeat(2),
      "*/ /* // <!-- ]]>");

  @TempDir Path output;

  @Test
  void hostileFieldNamesStayInsideTheComment() {
    ObjectNode document = JSON.createObjectNode();
    document.putObject("basics").put("name", "Jane Doe");
    HOSTILE_KEYS.forEach(key -> document.put(key, "x"));
    String source = JsonResumeImporter.toJava(document.toString(), "test", "Jane", "jane");

    Compilation compilation = CvCompiler.compile("test.Jane", source, output);
    assertEquals(List.of(), CvCompiler.errors(compilation), source);
    for (JavaFileObject generated : compilation.generatedFiles()) {
      assertFalse(generated.getName().contains("Evil"), generated.getName());
    }
    assertEquals(HOSTILE_KEYS.size(), JsonResumeSamplesTest.notImported(source).size(), source);
    assertFalse(source.contains("\\u"), source);
    assertTrue(source.contains("<li>/&#42;~1 class Evil {} ~1&#42;: an unknown field"), source);
  }

  @Test
  void hardStringsComeOutOfTheCvUnchanged() throws IOException {
    ObjectNode document = JSON.createObjectNode();
    document.putObject("basics").put("name", "Jane Doe").put("summary", HARD_STRINGS.get(0));
    var highlights = document.putArray("work").addObject().put("name", "Tencent")
        .put("startDate", "2021").put("endDate", "2022").putArray("highlights");
    HARD_STRINGS.forEach(highlights::add);
    String source = JsonResumeImporter.toJava(document.toString(), "test", "Jane", "jane");

    Compilation compilation = CvCompiler.compile("test.Jane", source, output);
    assertEquals(List.of(), CvCompiler.errors(compilation), source);
    JsonNode written = JSON.readTree(output.resolve("jane/jane.json").toFile());
    assertEquals(document.get("basics").get("summary"), written.at("/basics/summary"));
    assertEquals(highlights, written.at("/work/0/highlights"), source);
  }

  /** Control characters are imported as written, and the compilation reports them. */
  @Test
  void controlCharactersAreImportedAndReportedByTheRules() {
    ObjectNode document = JSON.createObjectNode();
    document.putObject("basics").put("name", "Jane Doe").put("summary", "null\u0000 bell\u0007");
    String source = JsonResumeImporter.toJava(document.toString(), "test", "Jane", "jane");

    Compilation compilation = CvCompiler.compile("test.Jane", source, output);
    assertEquals(1, CvCompiler.errors(compilation).size(), source);
    assertTrue(CvCompiler.errors(compilation).get(0).contains("[vitae:text] basics.summary"),
        CvCompiler.errors(compilation).toString());
  }
}
