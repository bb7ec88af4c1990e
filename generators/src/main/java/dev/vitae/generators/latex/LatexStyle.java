package dev.vitae.generators.latex;

import dev.vitae.dsl.model.Paper;
import dev.vitae.generators.document.Look;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

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

  private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  static LatexStyle of(Look look) {
    String paper = look.paper() == Paper.LETTER ? "letterpaper" : "a4paper";
    // checked by the rules; a CV built around them still never gets anything else into TeX
    if (!HEX_COLOUR.matcher(look.accent()).matches()) {
      throw new IllegalArgumentException("not a colour: " + look.accent());
    }
    String accent = look.accent().substring(1).toUpperCase(Locale.ROOT);
    String size = BigDecimal.valueOf(look.fontSize()).stripTrailingZeros().toPlainString();
    return new LatexStyle(paper, accent, size);
  }
}
