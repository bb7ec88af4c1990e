package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.Dates;
import dev.vitae.generators.ModelLeaves;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.SparseCv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatexGeneratorTest {

  private final LatexGenerator generator = new LatexGenerator();

  @Test
  void noFieldOfTheCompleteCvIsDropped() {
    Resume cv = SampleCvs.complete();
    String latex = generator.render(cv);
    String body = latex.substring(latex.indexOf("\\begin{document}"));
    List<ModelLeaves.Leaf> leaves = ModelLeaves.of(cv);
    List<ModelLeaves.Expected> expected = new ArrayList<>();
    for (ModelLeaves.Leaf leaf : leaves) {
      expected.add(new ModelLeaves.Expected(leaf.path(), expectedForm(leaf.value())));
    }
    assertEquals(List.of(), ModelLeaves.unmatched(expected, body),
        "each value of the model needs an occurrence of its own in the LaTeX body");
    assertTrue(leaves.size() > 80, "the walk found only " + leaves.size() + " values");
  }

  /** How a value of the model looks in the LaTeX output. */
  private static String expectedForm(Object value) {
    if (value instanceof Text text) {
      return LatexInlineRenderer.render(text.value());
    }
    if (value instanceof DateRange range) {
      return LatexEscaper.escape(Dates.ENGLISH.format(range));
    }
    if (value instanceof PartialDate date) {
      return LatexEscaper.escape(Dates.ENGLISH.format(date));
    }
    if (value instanceof Boolean ongoing) {
      return ongoing ? "Present" : ""; // an ongoing range ends in "Present"
    }
    String string = (String) value;
    // a URL is at least the target of a link
    return string.startsWith("https://") ? LatexEscaper.escapeUrl(string) : LatexEscaper.escape(string);
  }

  @Test
  void hostileTextComesOutInert() {
    String latex = generator.render(SampleCvs.hostile());
    String body = latex.substring(latex.indexOf("\\begin{document}"));
    assertFalse(body.contains("\\input"), "\\input must be escaped");
    assertFalse(body.contains("\\write18"), "\\write18 must be escaped");
    assertFalse(body.contains("^^"), "^^ hex notation must be broken");
    assertFalse(body.contains("<script"), "< must be escaped");
    assertFalse(latex.contains("javascript"), "an unsafe link target must not appear at all");
    assertTrue(body.contains("\\textbackslash{}input\\{/etc/passwd\\}"));
    assertTrue(body.contains("100\\% \\} \\{ \\$x\\textasciicircum{}2\\$ \\& \\# \\_"));
  }

  @Test
  void everyTextOfTheHostileCvDecodesAsInert() {
    // none of the hostile strings holds markup, so all of each must pass the strict grammar
    for (String hostile : SampleCvs.HOSTILE_TEXTS) {
      String latex = LatexInlineRenderer.render(hostile);
      EscapedLatex.decode(latex);
    }
  }

  @Test
  void entriesWithoutTitlesOrDetailsLeaveNoEmptyLines() {
    String latex = generator.render(SparseCv.create());
    assertFalse(latex.contains("\\cventry{}"), latex);
    assertFalse(latex.contains("\\begin{itemize}\n\\end{itemize}"), latex);
    assertFalse(latex.contains("\n\n\\cv"), "no blank line inside the body:\n" + latex);
    assertTrue(latex.contains("\\cventry{NIO}{2018}{}{}{}"), latex);
    assertTrue(latex.contains("\\begin{cvsection}{Empty}"), latex);
  }
}
