package dev.vitae.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.html.HtmlGenerator;
import dev.vitae.generators.json.JsonGenerator;
import dev.vitae.generators.latex.LatexGenerator;
import org.junit.jupiter.api.Test;

/** Every format shows the sections in the order the author wrote them. */
class SectionOrderTest {

  private static final Resume SKILLS_FIRST = Vitae.cv()
      .basics(b -> b.name("Jane Doe"))
      .skill(s -> s.name("GPU Kernel Engineering").keywords("CUDA"))
      .section("Patents", s -> s.entry(e -> e.title("Multi-Module Scheduling")))
      .work(w -> w.name("Tencent").start(2021))
      .skill(s -> s.name("Languages & Frameworks").keywords("C++"))
      .build();

  @Test
  void latexFollowsTheAuthorsOrder() {
    assertInOrder(new LatexGenerator().render(SKILLS_FIRST),
        "\\begin{cvsection}{Skills}", "\\begin{cvsection}{Patents}",
        "\\begin{cvsection}{Work Experience}");
  }

  @Test
  void htmlFollowsTheAuthorsOrder() {
    assertInOrder(new HtmlGenerator().render(SKILLS_FIRST),
        "<h2>Skills</h2>", "<h2>Patents</h2>", "<h2>Work Experience</h2>");
  }

  @Test
  void jsonKeepsTheAuthorsOrderAsPointers() throws Exception {
    var json = new ObjectMapper().readTree(new JsonGenerator().render(SKILLS_FIRST));
    assertEquals("[\"/skills\",\"/x-vitae/sections/0\",\"/work\"]",
        json.at("/x-vitae/order").toString());
  }

  @Test
  void jsonLeavesOutAnOrderItsOwnLayoutAlreadyHas() throws Exception {
    var json = new ObjectMapper().readTree(new JsonGenerator().render(SampleCvs.complete()));
    assertTrue(json.at("/x-vitae/order").isMissingNode());
  }

  private static void assertInOrder(String document, String... headings) {
    int previous = -1;
    for (String heading : headings) {
      int at = document.indexOf(heading);
      assertTrue(at > previous, heading + " is missing or out of order");
      previous = at;
    }
  }
}
