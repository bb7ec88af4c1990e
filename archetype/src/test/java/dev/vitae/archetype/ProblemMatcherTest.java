package dev.vitae.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated project's problem matcher turns the lines Maven prints for compiler errors and
 * warnings into GitHub annotations at the file, line and column, and leaves other lines alone.
 * GitHub's regular expressions are JavaScript's; these patterns mean the same in Java.
 */
class ProblemMatcherTest {

  private static final Path MATCHER =
      Path.of("src/main/resources/archetype-resources/.github/javac-problem-matcher.json");

  private static final String ERROR = "[ERROR] /home/runner/work/cv/cv/src/main/java/me/MyCv.java"
      + ":[12,64] [vitae:date-order] work \"Tencent\": end 2019-01 is before start 2021-02";

  private static final String WARNING = "[WARNING] /home/runner/work/cv/cv/src/main/java/me/"
      + "MyCv.java:[3,1] [vitae:unchecked] this compiler has no javac tree API";

  @Test
  void anErrorBecomesAnErrorAnnotationAtItsColumn() throws IOException {
    JsonNode matcher = matcher("error");
    Annotation annotation = Annotation.of(matcher, ERROR);
    assertEquals("/home/runner/work/cv/cv/src/main/java/me/MyCv.java", annotation.file());
    assertEquals("12", annotation.line());
    assertEquals("64", annotation.column());
    assertEquals("[vitae:date-order] work \"Tencent\": end 2019-01 is before start 2021-02",
        annotation.message());
    assertFalse(matches(matcher, WARNING));
  }

  @Test
  void aWarningBecomesAWarningAnnotation() throws IOException {
    JsonNode matcher = matcher("warning");
    Annotation annotation = Annotation.of(matcher, WARNING);
    assertEquals("3", annotation.line());
    assertEquals("1", annotation.column());
    assertFalse(matches(matcher, ERROR));
  }

  @Test
  void linesWithoutAPlaceAreNoAnnotations() throws IOException {
    for (String line : List.of(
        "[ERROR] COMPILATION ERROR : ",
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0"
            + ":compile (default-compile) on project cv: Compilation failure",
        "[INFO] /home/runner/work/cv/cv/src/main/java/me/MyCv.java:[12,64] not an error")) {
      assertFalse(matches(matcher("error"), line), line);
      assertFalse(matches(matcher("warning"), line), line);
    }
  }

  private static boolean matches(JsonNode matcher, String line) {
    return pattern(matcher).matcher(line).matches();
  }

  private static Pattern pattern(JsonNode matcher) {
    return Pattern.compile(matcher.get("pattern").get(0).get("regexp").asText());
  }

  /** The matcher of that severity; there is one of each. */
  private static JsonNode matcher(String severity) throws IOException {
    JsonNode found = null;
    for (JsonNode matcher : new ObjectMapper().readTree(MATCHER.toFile()).get("problemMatcher")) {
      if (matcher.get("severity").asText().equals(severity)) {
        assertTrue(found == null, "two " + severity + " matchers");
        found = matcher;
      }
    }
    assertTrue(found != null, "no " + severity + " matcher");
    return found;
  }

  /** What GitHub would take from the line, by the matcher's group numbers. */
  private record Annotation(String file, String line, String column, String message) {

    static Annotation of(JsonNode matcher, String text) {
      Matcher match = pattern(matcher).matcher(text);
      assertTrue(match.matches(), text);
      JsonNode groups = matcher.get("pattern").get(0);
      return new Annotation(match.group(groups.get("file").asInt()),
          match.group(groups.get("line").asInt()), match.group(groups.get("column").asInt()),
          match.group(groups.get("message").asInt()));
    }
  }
}
