package dev.vitae.dsl.model;

/**
 * How the CV looks: its theme and the few settings every theme takes. The theme decides the
 * rest.
 *
 * @param theme a built-in theme's {@linkplain Theme#key() key}, or the name of a project's own
 * @param accent the accent colour as {@code #rrggbb}, or null for the theme's own
 * @param paper the sheet the PDF and LaTeX are laid out for
 * @param fontSize the base font size in points, or null for the theme's own
 */
public record Style(String theme, String accent, Paper paper, Double fontSize) {

  /** The classic theme on A4, with its own colour and size. */
  public static final Style DEFAULT = new Style(Theme.CLASSIC.key(), null, Paper.A4, null);

  /** The smallest and largest base font sizes a theme is made to take, in points. */
  public static final double MIN_FONT_SIZE = 8;
  public static final double MAX_FONT_SIZE = 14;

  public Style {
    if (theme == null || paper == null) {
      throw new IllegalArgumentException("a style needs a theme and a paper size");
    }
  }

  /** The built-in theme this style names, or null for a project's own theme. */
  public Theme builtInTheme() {
    return Theme.byKey(theme);
  }

  /** This style with each of the given values that is not null taking precedence. */
  public Style with(String theme, String accent, Paper paper, Double fontSize) {
    return new Style(theme == null ? this.theme : theme, accent == null ? this.accent : accent,
        paper == null ? this.paper : paper, fontSize == null ? this.fontSize : fontSize);
  }
}
