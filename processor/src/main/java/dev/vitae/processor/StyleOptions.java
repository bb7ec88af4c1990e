package dev.vitae.processor;

import dev.vitae.dsl.check.StyleChecker;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Style;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A build's choice of look, over every CV's own: {@code -Avitae.theme=compact},
 * {@code -Avitae.accent=#1d4ed8}, {@code -Avitae.paper=letter}, {@code -Avitae.fontSize=10}.
 * What the build sets wins, so one build can print every CV on Letter paper, say.
 */
record StyleOptions(String theme, String accent, Paper paper, Double fontSize) {

  static final String THEME = "vitae.theme";
  static final String ACCENT = "vitae.accent";
  static final String PAPER = "vitae.paper";
  static final String FONT_SIZE = "vitae.fontSize";

  static final Set<String> NAMES = Set.of(THEME, ACCENT, PAPER, FONT_SIZE);

  /** The style options of a build; each mistake in them goes to {@code mistakes}. */
  static StyleOptions of(Map<String, String> options, List<String> mistakes) {
    String theme = trimmed(options.get(THEME));
    if (theme != null && StyleChecker.themeProblem(theme) != null) {
      mistakes.add("-A" + THEME + "=" + theme + ": " + StyleChecker.themeProblem(theme));
      theme = null;
    }
    String accent = trimmed(options.get(ACCENT));
    if (accent != null && StyleChecker.accentProblem(accent) != null) {
      mistakes.add("-A" + ACCENT + "=" + accent + ": " + StyleChecker.accentProblem(accent));
      accent = null;
    }
    return new StyleOptions(theme, accent, paper(options, mistakes),
        fontSize(options, mistakes));
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
