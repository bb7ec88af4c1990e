package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.dsl.Vitae;
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

  /** Every entry with only its required field: the fallbacks of the templates. */
  @Test
  void sparseCvIsValidHtml() throws Exception {
    Resume sparse = Vitae.cv()
        .basics(b -> b.name("Jane Doe"))
        .work(w -> w.name("Acme").start(2020))
        .volunteer(v -> v.organization("Code Club").start(2019))
        .education(e -> e.institution("University").start(2010))
        .award(a -> a.title("Prize"))
        .certificate(c -> c.name("Certificate"))
        .publication(p -> p.name("Paper"))
        .skill(s -> s.name("Skill"))
        .language(l -> l.language("English"))
        .interest(i -> i.name("Chess"))
        .reference(r -> r.name("A colleague"))
        .project(p -> p.name("Project"))
        .section("Talks", s -> s.entry(e -> e.title("A talk")))
        .meta(m -> m.version("v1"))
        .build();
    assertEquals(List.of(), problems(sparse));
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
