package dev.vitae.processor;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Reading;
import dev.vitae.generators.WarmUp;
import dev.vitae.generators.latex.LatexGenerator;
import dev.vitae.pdf.MissingGlyphsException;
import dev.vitae.pdf.PdfGenerator;
import dev.vitae.pdf.Xelatex;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** A CV's PDF, made the way the build chose ({@link PdfRoute}). */
final class PdfOutput {

  /** The built-in engine warms up once per JVM, as the text formats do. */
  private static final AtomicBoolean WARMED = new AtomicBoolean();

  private final BuildOptions options;

  PdfOutput(BuildOptions options) {
    this.options = options;
  }

  /** Whether the build writes a PDF at all. */
  boolean enabled() {
    return options.pdf() != PdfRoute.NONE;
  }

  /**
   * Lays a small CV out once, unused, so that the engine's classes and the fonts are loaded
   * on a spare core before the first real CV waits for them; a failure is left to the real
   * CVs.
   */
  void warmUp() {
    if (options.pdf() != PdfRoute.BUILTIN || WARMED.getAndSet(true)) {
      return;
    }
    try {
      new PdfGenerator(options.fonts()).render(Reading.of(WarmUp.cv(), "en"));
    } catch (RuntimeException | LinkageError | StackOverflowError ignored) {
      // a real CV meets the same failure, and reports it where it belongs
    }
  }

  /**
   * The PDF of {@code reading}, in its CV's theme found among the reading's themes;
   * {@code file} names it in messages. Throws {@link Failure} with the diagnostic to report
   * when it cannot be made.
   */
  byte[] render(Reading reading, String file) throws Failure {
    if (options.pdf() == PdfRoute.XELATEX) {
      return xelatex(reading, file);
    }
    try {
      return new PdfGenerator(options.fonts()).render(reading, photo(reading.cv()));
    } catch (MissingGlyphsException missing) {
      // the CV's own texts were checked at their arguments: these come from Vitae's words
      throw new Failure("[" + Check.FONT.tag() + "] " + file + " would print "
          + MissingGlyphsException.describe(missing.codePoints()) + " (in its headings, dates"
          + " or other words in its language), which no font of the PDF draws; "
          + options.fonts().advice(missing.codePoints()));
    }
  }

  private byte[] xelatex(Reading reading, String file) throws Failure {
    Xelatex xelatex = Xelatex.onPath().orElseThrow(() -> new Failure(Message.PDF.format(
        "-A" + PdfRoute.OPTION + "=xelatex, but xelatex is not installed (not on the PATH):"
            + " install TeX Live's xelatex (Debian: texlive-xetex), or leave the option out"
            + " for Vitae's own PDF")));
    try {
      return xelatex.compile(new LatexGenerator().render(reading), photo(reading.cv()));
    } catch (IOException failed) {
      throw new Failure(Message.PDF.format("cannot make " + file + " with xelatex: "
          + failed.getMessage()));
    }
  }

  /** The photo the page shows by file name, to embed: the copy beside the outputs. */
  private Map<String, byte[]> photo(Resume cv) {
    return options.photo().besideOutputs("", cv);
  }

  /** The PDF could not be made; the message is the diagnostic. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }
}
