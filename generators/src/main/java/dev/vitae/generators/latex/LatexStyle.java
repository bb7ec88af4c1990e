package dev.vitae.generators.latex;

import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Style;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A CV's style as the LaTeX templates take it: the paper as geometry's option, the accent
 * as xcolor's {@code HTML} value, the base size in points. What the CV leaves open is null,
 * and the theme's template puts its own value in its place.
 *
 * @param paper {@code a4paper} or {@code letterpaper}
 * @param accent six hex digits, upper case, without {@code #}; or null
 * @param fontSize the base size in points as TeX writes it ({@code 9.5}); or null
 */
public record LatexStyle(String paper, String accent, String fontSize) {

  private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  static LatexStyle of(Style style) {
    String paper = style.paper() == Paper.LETTER ? "letterpaper" : "a4paper";
    // checked by the rules; a CV built around them still never gets anything else into TeX
    String accent = style.accent() == null || !HEX_COLOUR.matcher(style.accent()).matches()
        ? null : style.accent().substring(1).toUpperCase(Locale.ROOT);
    String size = style.fontSize() == null
        ? null : BigDecimal.valueOf(style.fontSize()).stripTrailingZeros().toPlainString();
    return new LatexStyle(paper, accent, size);
  }
}
