package dev.vitae.processor;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.CheckOptions;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.check.Severity;
import dev.vitae.dsl.check.Timeline;
import dev.vitae.pdf.FontCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * What a build says through processor options: about the checks (the reference date, the
 * timeline thresholds, warnings to leave out, and whether warnings fail the build) and the
 * look ({@link StyleOptions}). And what a
 * CV method says with {@code @SuppressWarnings("vitae:gap")}.
 */
final class BuildOptions {

  static final String WARNINGS_AS_ERRORS = "vitae.warningsAsErrors";
  static final String DISABLE = "vitae.disable";
  static final String TODAY = "vitae.today";
  static final String MAX_GAP = "vitae.maxGap";
  static final String MAX_OVERLAP = "vitae.maxOverlap";
  /** The variable reproducible builds set to the time of the source (seconds since 1970). */
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
  /** A folder of TrueType fonts the PDF may use besides those Vitae ships. */
  static final String FONTS = "vitae.fonts";

  static final Set<String> NAMES = Stream.concat(
      Stream.of(WARNINGS_AS_ERRORS, DISABLE, TODAY, MAX_GAP, MAX_OVERLAP, PdfRoute.OPTION,
          FONTS, ProjectPhoto.OPTION),
      StyleOptions.NAMES.stream()).collect(Collectors.toUnmodifiableSet());

  private final boolean warningsAsErrors;
  private final Set<Check> disabled;
  private final CheckOptions checks;
  private final StyleOptions style;
  private final PdfRoute pdf;
  private final String fonts;
  private final ProjectPhoto photo;
  /** What is wrong with the options themselves, reported once by the processor. */
  private final List<String> mistakes;

  private BuildOptions(boolean warningsAsErrors, Set<Check> disabled, CheckOptions checks,
      StyleOptions style, PdfRoute pdf, String fonts, ProjectPhoto photo,
      List<String> mistakes) {
    this.warningsAsErrors = warningsAsErrors;
    this.disabled = disabled;
    this.checks = checks;
    this.style = style;
    this.pdf = pdf;
    this.fonts = fonts;
    this.photo = photo;
    this.mistakes = List.copyOf(mistakes);
  }

  /** The options of a build; {@code environment} gives {@value #SOURCE_DATE_EPOCH}. */
  static BuildOptions of(Map<String, String> options, Map<String, String> environment) {
    List<String> mistakes = new ArrayList<>();
    boolean strict = false;
    String strictValue = options.get(WARNINGS_AS_ERRORS);
    if (strictValue != null) {
      if (strictValue.isEmpty() || strictValue.equalsIgnoreCase("true")) {
        strict = true;
      } else if (!strictValue.equalsIgnoreCase("false")) {
        mistakes.add("-A" + WARNINGS_AS_ERRORS + "=" + strictValue + " is neither true nor"
            + " false");
      }
    }
    Set<Check> disabled = EnumSet.noneOf(Check.class);
    String disable = options.get(DISABLE);
    if (disable != null) {
      for (String key : disable.split(",")) {
        String name = key.trim();
        if (name.isEmpty()) {
          continue;
        }
        Check check = Check.byKey(name);
        if (check == null) {
          mistakes.add("-A" + DISABLE + " names " + name + ", which is no check of Vitae");
        } else if (check.severity() == Severity.ERROR) {
          mistakes.add("-A" + DISABLE + " names " + name + ", an error: only warnings can be"
              + " disabled, since a CV with an error cannot be written correctly");
        } else {
          disabled.add(check);
        }
      }
    }
    Timeline timeline = Timeline.DEFAULT;
    Integer maxGap = months(options, MAX_GAP, mistakes);
    if (maxGap != null) {
      timeline = timeline.withMaxGap(maxGap);
    }
    Integer maxOverlap = months(options, MAX_OVERLAP, mistakes);
    if (maxOverlap != null) {
      timeline = timeline.withMaxOverlap(maxOverlap);
    }
    YearMonth today = today(options.get(TODAY), environment.get(SOURCE_DATE_EPOCH), mistakes);
    StyleOptions style = StyleOptions.of(options, mistakes);
    PdfRoute pdf = PdfRoute.of(options.get(PdfRoute.OPTION), mistakes);
    String fonts = options.get(FONTS);
    if (fonts != null && !Files.isDirectory(Path.of(fonts))) {
      mistakes.add("-A" + FONTS + "=" + fonts + " is not a folder; name a folder of TrueType"
          + " fonts (.ttf, .ttc)");
      fonts = null;
    }
    String assets = options.get(ProjectPhoto.OPTION);
    if (assets != null && !Files.isDirectory(Path.of(assets))) {
      mistakes.add("-A" + ProjectPhoto.OPTION + "=" + assets + " is not a folder; name the"
          + " folder that holds the CV's photo, such as src/main/cv-assets");
      assets = null;
    }
    return new BuildOptions(strict, disabled, new CheckOptions(today, timeline), style, pdf,
        fonts, new ProjectPhoto(assets == null ? null : Path.of(assets)), mistakes);
  }

  private static Integer months(Map<String, String> options, String name, List<String> mistakes) {
    String value = options.get(name);
    if (value == null) {
      return null;
    }
    try {
      int months = Integer.parseInt(value.trim());
      if (months >= 0) {
        return months;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    mistakes.add("-A" + name + "=" + value + " is not a number of months (0 or more)");
    return null;
  }

  /** {@code -Avitae.today=2026-11} (or a full date), else SOURCE_DATE_EPOCH, else none. */
  private static YearMonth today(String option, String epoch, List<String> mistakes) {
    if (option != null) {
      String value = option.trim();
      try {
        return YearMonth.parse(value.length() > 7 ? value.substring(0, 7) : value);
      } catch (DateTimeParseException notAMonth) {
        mistakes.add("-A" + TODAY + "=" + option + " is not a date; write it as 2026-11 or"
            + " 2026-11-30");
        return null;
      }
    }
    if (epoch != null && !epoch.isBlank()) {
      try {
        return YearMonth.from(Instant.ofEpochSecond(Long.parseLong(epoch.trim()))
            .atOffset(ZoneOffset.UTC));
      } catch (RuntimeException notSeconds) {
        mistakes.add(SOURCE_DATE_EPOCH + "=" + epoch + " is not a number of seconds; no"
            + " reference date is used");
      }
    }
    return null;
  }

  /** The reference date and timeline the rules run with. */
  CheckOptions checks() {
    return checks;
  }

  /** The look the build chooses over each CV's own. */
  StyleOptions style() {
    return style;
  }

  /** How the PDF is made. */
  PdfRoute pdf() {
    return pdf;
  }

  /** The fonts the built-in PDF may use: Vitae's, the system's CJK ones, and -Avitae.fonts. */
  FontCatalog fonts() {
    return fonts == null ? FontCatalog.shared() : FontCatalog.withFolder(Path.of(fonts));
  }

  /** The CV's photo from the project's assets folder, {@code -Avitae.assets}. */
  ProjectPhoto photo() {
    return photo;
  }

  List<String> mistakes() {
    return mistakes;
  }

  /**
   * How {@code problem} is reported for the CV {@code method}: as an error, a warning, or not
   * at all (null) when it is a warning the build disables or the method suppresses.
   */
  Kind kindOf(Problem problem, Element method) {
    if (problem.isError()) {
      return Kind.ERROR;
    }
    if (disabled.contains(problem.check()) || isSuppressed(problem.check(), method)) {
      return null;
    }
    return warningsAsErrors ? Kind.ERROR : Kind.WARNING;
  }

  /**
   * True if {@code @SuppressWarnings} on the method or a class around it names the check's tag
   * ({@code "vitae:gap"}), or {@code "vitae"} for all of Vitae's warnings.
   */
  static boolean isSuppressed(Check check, Element method) {
    for (Element element = method; element != null; element = element.getEnclosingElement()) {
      SuppressWarnings suppressed = element.getAnnotation(SuppressWarnings.class);
      if (suppressed != null) {
        for (String name : suppressed.value()) {
          if (name.equals(check.tag()) || name.equals("vitae")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
