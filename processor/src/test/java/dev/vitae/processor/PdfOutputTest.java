package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.vitae.generators.ExternalTools;
import dev.vitae.pdf.FontCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF the processor writes beside the other outputs: by Vitae's own engine, checked for
 * fonts at the arguments ({@code [vitae:font]}), by a real xelatex when the build asks, or not
 * at all.
 */
class PdfOutputTest {

  private static final JavaFileObject VALID = cv("""
      Vitae.cv().basics(b -> b.name("Jane Doe").email("jane@janedoe.dev"))
          .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing())
          .build()""");

  /** Ethiopic, which neither the shipped fonts nor a CJK font has. */
  private static final JavaFileObject NO_FONT_HAS_IT = cv("""
      Vitae.cv().basics(b -> b.name("Jane Doe").label("Scribe of \u1200"))
          .build()""");

  /**
   * Amharic: the CV's own texts are Latin, but Vitae's words in its language (headings, month
   * names) are Ethiopic, which no font of the PDF draws.
   */
  private static final JavaFileObject VITAES_WORDS_NO_FONT_HAS = cv("""
      Vitae.cv("am").basics(b -> b.name("Jane Doe"))
          .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing())
          .build()""");

  @TempDir Path output;

  @Test
  void theBuiltInEngineWritesThePdfBesideTheOtherOutputs() throws IOException {
    assertThat(compile(VALID)).succeededWithoutWarnings();
    assertTrue(text(output.resolve("jane/jane.pdf")).contains("Jane Doe"));
  }

  @Test
  void aCharacterNoFontDrawsIsAnErrorAtItsArgument() {
    assertFalse(FontCatalog.shared().covers(0x1200), "the test needs a character no font has");
    assertError(compile(NO_FONT_HAS_IT), 8, 49, "[vitae:font] basics.label \"Scribe of \u1200\":"
        + " no font of the PDF draws U+1200 \u1200; no font Vitae ships or finds has them: write"
        + " other characters, add a folder of TrueType fonts that have them"
        + " (-Avitae.fonts=<folder>), or make the PDF with xelatex (-Avitae.pdf=xelatex)");
    assertFalse(Files.exists(output.resolve("jane")), "a CV with an error writes nothing");
  }

  @Test
  void aPdfThatCannotBeMadeIsAnErrorYetTheOtherOutputsAreWritten() {
    Compilation compilation = compile(VITAES_WORDS_NO_FONT_HAS);
    assertThat(compilation).hadErrorContaining("[vitae:font] jane.pdf would print");
    assertTrue(Files.exists(output.resolve("jane/jane.html")), "the text formats are written");
    assertFalse(Files.exists(output.resolve("jane/jane.pdf")));
  }

  @Test
  void withoutAPdfNeitherThePdfNorItsFontsAreChecked() throws IOException {
    assertThat(compile(VALID)).succeeded();
    assertTrue(Files.exists(output.resolve("jane/jane.pdf")));
    assertThat(compile(NO_FONT_HAS_IT, "-Avitae.pdf=none")).succeededWithoutWarnings();
    assertTrue(Files.exists(output.resolve("jane/jane.html")));
    assertFalse(Files.exists(output.resolve("jane/jane.pdf")), "the old PDF is gone");
  }

  @Test
  void anUnknownWayToMakeThePdfIsAnOptionError() {
    assertThat(compile(VALID, "-Avitae.pdf=word")).hadErrorContaining("[vitae:option]"
        + " -Avitae.pdf=word names no way to make the PDF; write builtin");
  }

  @Test
  void theXelatexRouteCompilesTheLatexInARealJavacRun() throws IOException {
    ExternalTools.require("xelatex", "texlive-xetex");
    assertThat(compile(VALID, "-Avitae.pdf=xelatex")).succeededWithoutWarnings();
    Path pdf = output.resolve("jane/jane.pdf");
    assertTrue(text(pdf).contains("Jane Doe"));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertTrue(document.getDocumentInformation().getProducer().contains("xdvipdfmx"),
          "made by xelatex: " + document.getDocumentInformation().getProducer());
    }
    // the Ethiopic character is xelatex's concern then, not the built-in fonts'
    assertFalse(compile(NO_FONT_HAS_IT, "-Avitae.pdf=xelatex").errors().stream()
        .anyMatch(error -> error.getMessage(null).contains("[vitae:font]")));
  }

  private Compilation compile(JavaFileObject source, String... options) {
    List<String> all = new ArrayList<>(List.of("-Avitae.output=" + output));
    all.addAll(List.of(options));
    return javac().withProcessors(new VitaeProcessor()).withOptions(all.toArray())
        .compile(source);
  }

  private static String text(Path pdf) throws IOException {
    assertTrue(Files.isRegularFile(pdf), pdf + " was not written");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
