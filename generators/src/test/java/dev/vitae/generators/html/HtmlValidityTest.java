package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.SampleCvs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.junit.jupiter.api.Test;

/** The pages pass the W3C Nu Html Checker without errors or warnings. */
class HtmlValidityTest {

  private final HtmlGenerator generator = new HtmlGenerator();

  @Test
  void completeCvIsValidHtml() throws Exception {
    assertEquals(List.of(), problems(SampleCvs.complete()));
  }

  @Test
  void hostileCvIsValidHtml() throws Exception {
    assertEquals(List.of(), problems(SampleCvs.hostile()));
  }

  /** Guards the guard: a broken page must produce problems, or the tests above prove nothing. */
  @Test
  void checkerReportsABrokenPage() throws Exception {
    String broken = "<!DOCTYPE html><html><head></head><body><p><div></p></body></html>";
    JsonNode report = validate(broken);
    assertFalse(report.path("messages").isEmpty(), report::toString);
  }

  /** Each error and warning as "line:column type: message". */
  private List<String> problems(Resume cv) throws Exception {
    JsonNode report = validate(generator.render(cv));
    List<String> problems = new ArrayList<>();
    for (JsonNode message : report.path("messages")) {
      String type = message.path("type").asText();
      boolean warning = "warning".equals(message.path("subType").asText());
      if ("error".equals(type) || "non-document-error".equals(type) || warning) {
        problems.add(message.path("lastLine").asText() + ":"
            + message.path("firstColumn").asText() + " "
            + (warning ? "warning" : type) + ": " + message.path("message").asText());
      }
    }
    return problems;
  }

  private static JsonNode validate(String page) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    String report = validator.validate(
        new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    // The checker configures log4j to print everything at DEBUG, FreeMarker's cache included.
    Logger.getLogger("freemarker").setLevel(Level.WARN);
    return new ObjectMapper().readTree(report);
  }
}
