package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.SampleCvs;
import java.util.List;
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
    JsonNode report = NuHtmlChecker.report(broken);
    assertFalse(report.path("messages").isEmpty(), report::toString);
  }

  private List<String> problems(Resume cv) throws Exception {
    return NuHtmlChecker.problems(generator.render(cv));
  }
}
