package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.ExternalTools;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.SparseCv;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated LaTeX compiles with xelatex into a PDF that lacks no glyph. One xelatex run
 * per CV: each takes a few seconds.
 */
class LatexCompilesTest {

  @TempDir Path directory;

  @Test
  void completeCvCompiles() throws Exception {
    compiles(SampleCvs.complete());
  }

  @Test
  void cvWithOnlyTheRequiredFieldsCompiles() throws Exception {
    compiles(SparseCv.create());
  }

  @Test
  void chineseTextSymbolsEmojiAndDeepListsCompileWithoutLostGlyphs() throws Exception {
    Xelatex.Run run = compiles(SymbolsCv.create());
    String text = Xelatex.text(ExternalTools.require("pdftotext", "poppler-utils"), run.pdf());
    String flat = text.replaceAll("\\s+", "");
    assertTrue(flat.contains("张伟"), text);
    assertTrue(flat.contains("Latency≥40%lower,3×faster→σ=0.5"), text);
    // markup reads "\\]" as an escaped "]"; pdftotext loses a "-" between punctuation
    String ascii = SymbolsCv.ASCII.replaceAll("\\s+", "").replace("\\", "").replace("-", "");
    assertTrue(flat.replace("-", "").contains(ascii), text);
    assertTrue(flat.contains("第" + SymbolsCv.DEPTH + "层level" + SymbolsCv.DEPTH), text);
  }

  @Test
  void hostileCvPrintsTexCommandsInsteadOfRunningThem() throws Exception {
    Xelatex.Run run = compiles(SampleCvs.hostile());
    String text = Xelatex.text(ExternalTools.require("pdftotext", "poppler-utils"), run.pdf());
    assertTrue(text.contains("\\input{/etc/passwd}"), text);
    assertTrue(text.contains("\\write18{rm -rf /}"), text);
    assertTrue(text.contains("<script>alert('x')</script>"), text);
    assertFalse(text.contains("root:x:0:0"), "the PDF holds /etc/passwd:\n" + text);
    assertFalse(text.contains("javascript"), text);
  }

  private Xelatex.Run compiles(Resume cv) throws Exception {
    Path xelatex = ExternalTools.require("xelatex", "texlive-xetex");
    Xelatex.Run run = Xelatex.compile(xelatex, new LatexGenerator().render(cv), directory);
    assertEquals(0, run.exitCode(), "xelatex failed:\n" + run.problems());
    assertTrue(run.pdfWritten(), "no PDF written");
    assertFalse(run.lostCharacters(), "glyphs missing from the fonts:\n" + run.problems());
    return run;
  }
}
