package dev.vitae.processor;

import dev.vitae.dsl.check.StyleChecker;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.Themes;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A build's choice of look, over every CV's own: {@code -Avitae.theme=compact},
 * {@code -Avitae.accent=#1d4ed8}, {@code -Avitae.paper=letter}, {@code -Avitae.fontSize=10}.
 * What the build sets wins, so one build can print every CV on Letter paper, say. And where
 * the project keeps its own themes: {@code -Avitae.themes=src/main/cv-themes}.
 */
record StyleOptions(String theme, String accent, Paper paper, Double fontSize, Themes themes) {

  static final String THEME = "vitae.theme";
  static final String ACCENT = "vitae.accent";
  static final String PAPER = "vitae.paper";
  static final String FONT_SIZE = "vitae.fontSize";
  static final String THEMES = "vitae.themes";

  static final Set<String> NAMES = Set.of(THEME, ACCENT, PAPER, FONT_SIZE, THEMES);

  /** The style options of a build; each mistake in them goes to {@code mistakes}. */
  static StyleOptions of(Map<String, String> options, List<String> mistakes) {
    Themes themes = themes(options, mistakes);
    String theme = trimmed(options.get(THEME));
    if (theme != null && StyleChecker.themeProblem(theme) != null) {
      mistakes.add("-A" + THEME + "=" + theme + ": " + StyleChecker.themeProblem(theme));
      theme = null;
    } else if (theme != null && !themes.has(theme)) {
      mistakes.add("-A" + THEME + "=" + theme + " names no theme; " + known(themes));
      theme = null;
    }
    String accent = trimmed(options.get(ACCENT));
    if (accent != null && StyleChecker.accentProblem(accent) != null) {
      mistakes.add("-A" + ACCENT + "=" + accent + ": " + StyleChecker.accentProblem(accent));
      accent = null;
    }
    return new StyleOptions(theme, accent, paper(options, mistakes),
        fontSize(options, mistakes), themes);
  }

  /**
   * Why the CV's own {@code style} names a theme there is none of, or null when it names one,
   * or when the build chooses the theme anyway.
   */
  String unknownTheme(Style style) {
    if (theme != null || themes.has(style.theme())) {
      return null;
    }
    return "style theme \"" + style.theme() + "\" names no theme; " + known(themes);
  }

  /** What themes there are, and where a project's own would be. */
  private static String known(Themes themes) {
    String builtIn = Arrays.stream(Theme.values()).map(Theme::key)
        .collect(Collectors.joining(", "));
    return "Vitae's are " + builtIn + (themes.projectFolder() == null
        ? "; your own theme is a folder in the folder -A" + THEMES + " names"
        : ", and yours are the folders in " + themes.projectFolder());
  }

  private static Themes themes(Map<String, String> options, List<String> mistakes) {
    String value = trimmed(options.get(THEMES));
    if (value == null) {
      return Themes.BUILT_IN;
    }
    try {
      Path folder = Path.of(value);
      if (Files.isDirectory(folder)) {
        return new Themes(folder);
      }
    } catch (InvalidPathException notAPath) {
      // reported below, as for a folder that is not there
    }
    mistakes.add("-A" + THEMES + "=" + value + " is no folder; name the folder that holds"
        + " your own themes, one folder each, such as src/main/cv-themes");
    return Themes.BUILT_IN;
  }

  /** {@code own}, the CV's style, with what the build sets taking precedence. */
  Style over(Style own) {
    return own.with(theme, accent, paper, fontSize);
  }

  private static Paper paper(Map<String, String> options, List<String> mistakes) {
    String value = trimmed(options.get(PAPER));
    if (value == null) {
      return null;
    }
    try {
      return Paper.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      mistakes.add("-A" + PAPER + "=" + value + " is no paper size; write a4 or letter");
      return null;
    }
  }

  private static Double fontSize(Map<String, String> options, List<String> mistakes) {
    String value = trimmed(options.get(FONT_SIZE));
    if (value == null) {
      return null;
    }
    try {
      double points = Double.parseDouble(value);
      String why = StyleChecker.fontSizeProblem(points);
      if (why == null) {
        return points;
      }
      mistakes.add("-A" + FONT_SIZE + "=" + value + ": " + why);
    } catch (NumberFormatException notANumber) {
      mistakes.add("-A" + FONT_SIZE + "=" + value + " is no size in points; write 10 or 10.5");
    }
    return null;
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
