package dev.vitae.generators.document;

import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
import java.util.Locale;

/**
 * How the document looks, with every setting resolved: what the CV's style leaves to the theme
 * is filled in with the theme's own choice, so a template never guesses.
 *
 * @param theme the theme's name: a built-in theme's key, or a project's own theme
 * @param accent the accent colour as {@code #rrggbb}
 * @param paper the sheet the page is laid out for
 * @param fontSize the base font size in points
 */
public record Look(String theme, String accent, Paper paper, double fontSize) {

  /** The look {@code style} asks for; a project's own theme starts from the classic's choices. */
  public static Look of(Style style) {
    Theme builtIn = style.builtInTheme();
    Own own = Own.of(builtIn == null ? Theme.CLASSIC : builtIn);
    return new Look(style.theme(), style.accent() == null ? own.accent() : style.accent(),
        style.paper(), style.fontSize() == null ? own.fontSize() : style.fontSize());
  }

  /** The paper's name in CSS {@code @page size} and LaTeX: {@code a4}, {@code letter}. */
  public String paperName() {
    return paper.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The accent lightened for a dark page, where the print colour would be too dark to read:
   * halfway to white.
   */
  public String accentOnDark() {
    int rgb = Integer.parseInt(accent.substring(1), 16);
    int red = lighter(rgb >> 16);
    int green = lighter(rgb >> 8);
    int blue = lighter(rgb);
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }

  private static int lighter(int channel) {
    return ((channel & 0xff) + 255) / 2;
  }

  /** A built-in theme's own accent colour and base size. */
  private record Own(String accent, double fontSize) {
    static Own of(Theme theme) {
      return switch (theme) {
        // moderncv's classic blue, a little muted for print
        case CLASSIC -> new Own("#2e5a88", 10.5);
        // Awesome-CV's red
        case MODERN -> new Own("#c8352a", 10);
        // dark slate: headings stand out in black-and-white print as well
        case COMPACT -> new Own("#1f4e79", 9);
      };
    }
  }
}
