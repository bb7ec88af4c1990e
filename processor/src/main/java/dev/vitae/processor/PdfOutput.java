package dev.vitae.processor;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Themes;
import dev.vitae.generators.latex.LatexGenerator;
import dev.vitae.pdf.MissingGlyphsException;
import dev.vitae.pdf.PdfGenerator;
import dev.vitae.pdf.Xelatex;
import java.io.IOException;

/** A CV's PDF, made the way the build chose ({@link PdfRoute}). */
final class PdfOutput {

  private final BuildOptions options;

  PdfOutput(BuildOptions options) {
    this.options = options;
  }

  /** Whether the build writes a PDF at all. */
  boolean enabled() {
    return options.pdf() != PdfRoute.NONE;
  }

  /**
   * The PDF of {@code cv} in {@code language}, in its theme found among {@code themes};
   * {@code file} names it in messages. Throws
   * {@link Failure} with the diagnostic to report when it cannot be made.
   */
  byte[] render(Resume cv, String language, Themes themes, String file) throws Failure {
    if (options.pdf() == PdfRoute.XELATEX) {
      return xelatex(cv, language, themes, file);
    }
    try {
      return new PdfGenerator(options.fonts()).render(cv, language, themes);
    } catch (MissingGlyphsException missing) {
      // the CV's own texts were checked at their arguments: these come from Vitae's words
      throw new Failure("[" + Check.FONT.tag() + "] " + file + " would print "
          + MissingGlyphsException.describe(missing.codePoints()) + " (in its headings, dates"
          + " or other words in its language), which no font of the PDF draws; "
          + options.fonts().advice(missing.codePoints()));
    }
  }

  private static byte[] xelatex(Resume cv, String language, Themes themes, String file)
      throws Failure {
    Xelatex xelatex = Xelatex.onPath().orElseThrow(() -> new Failure(Message.PDF.format(
        "-A" + PdfRoute.OPTION + "=xelatex, but xelatex is not installed (not on the PATH):"
            + " install TeX Live's xelatex (Debian: texlive-xetex), or leave the option out"
            + " for Vitae's own PDF")));
    try {
      return xelatex.compile(new LatexGenerator().render(cv, language, themes));
    } catch (IOException failed) {
      throw new Failure(Message.PDF.format("cannot make " + file + " with xelatex: "
          + failed.getMessage()));
    }
  }

  /** The PDF could not be made; the message is the diagnostic. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }
}
