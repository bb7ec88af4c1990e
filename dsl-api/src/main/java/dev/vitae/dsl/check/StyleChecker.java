package dev.vitae.dsl.check;

import dev.vitae.dsl.model.Style;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The style's settings, which the themes take as they are: a colour goes into CSS and LaTeX, a
 * theme name into a folder's name, so each must have its exact form.
 */
public final class StyleChecker {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  /** A folder's name on every file system, and a CSS class. */
  private static final Pattern THEME_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Path STYLE = Path.ROOT.then("style");

  private StyleChecker() {}

  static void check(Style style, Consumer<Problem> report) {
    String why = themeProblem(style.theme());
    if (why != null) {
      report.accept(new Problem(Check.STYLE, STYLE.then("theme"), why));
    }
    why = accentProblem(style.accent());
    if (why != null) {
      report.accept(new Problem(Check.STYLE, STYLE.then("accent"), why));
    }
    why = fontSizeProblem(style.fontSize());
    if (why != null) {
      report.accept(new Problem(Check.STYLE, STYLE.then("fontSize"), why));
    }
  }

  /** Why {@code name} cannot name a theme, or null when it can. */
  public static String themeProblem(String name) {
    return THEME_NAME.matcher(name).matches() ? null
        : "style theme \"" + Characters.printable(name) + "\" is no theme name; name a theme"
            + " with lower-case letters, digits and hyphens, such as \"acme\"";
  }

  /** Why {@code colour} cannot be an accent colour, or null when it can (or is unset). */
  public static String accentProblem(String colour) {
    return colour == null || COLOUR.matcher(colour).matches() ? null
        : "style accent \"" + Characters.printable(colour) + "\" is no colour; write it as"
            + " #rrggbb, such as \"#1d4ed8\"";
  }

  /** Why {@code points} cannot be a base font size, or null when it can (or is unset). */
  public static String fontSizeProblem(Double points) {
    return points == null || points >= Style.MIN_FONT_SIZE && points <= Style.MAX_FONT_SIZE
        ? null
        : String.format(Locale.ROOT, "style font size %s pt is out of range; themes are made"
            + " for %.0f to %.0f pt", points, Style.MIN_FONT_SIZE, Style.MAX_FONT_SIZE);
  }
}
