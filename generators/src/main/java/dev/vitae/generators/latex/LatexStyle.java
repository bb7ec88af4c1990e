package dev.vitae.generators.latex;

import dev.vitae.dsl.check.StyleChecker;
import dev.vitae.generators.document.Look;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The document's look as the LaTeX templates take it: the paper as geometry's option, the
 * accent as xcolor's {@code HTML} value, the base size in points. The theme's own choices are
 * already filled in ({@link Look}), the same as the HTML page's.
 *
 * @param paper {@code a4paper} or {@code letterpaper}
 * @param accent six hex digits, upper case, without {@code #}
 * @param fontSize the base size in points as TeX writes it ({@code 9.5})
 */
public record LatexStyle(String paper, String accent, String fontSize) {

  static LatexStyle of(Look look) {
    String paper = look.paperName() + "paper";
    // checked by the rules; a CV built around them still never gets anything else into TeX
    String wrong = StyleChecker.accentProblem(look.accent());
    if (wrong != null) {
      throw new IllegalArgumentException(wrong);
    }
    String accent = look.accent().substring(1).toUpperCase(Locale.ROOT);
    String size = BigDecimal.valueOf(look.fontSize()).stripTrailingZeros().toPlainString();
    return new LatexStyle(paper, accent, size);
  }
}
