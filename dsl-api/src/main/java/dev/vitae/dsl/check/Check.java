package dev.vitae.dsl.check;

/**
 * The rules a CV must pass, each with a stable key ({@code date-order}), the tag that starts its
 * messages ({@code [vitae:date-order]}) so they can be searched for, and a severity: an
 * {@link Severity#ERROR error} stops the build, a {@link Severity#WARNING warning} does not and
 * can be silenced per CV with {@code @SuppressWarnings("vitae:gap")} or per build with the
 * processor option {@code -Avitae.disable=gap}.
 */
public enum Check {
  /** A field every entry of its kind needs: the person's name, an employer, a start date. */
  REQUIRED("required", Severity.ERROR),
  /** A date that does not exist: month 13, April 31, a two-digit year. */
  REAL_DATE("date", Severity.ERROR),
  /** A range that ends before it starts, or ends and is ongoing at once. */
  DATE_ORDER("date-order", Severity.ERROR),
  /** An e-mail address that is not of the form name@example.com. */
  EMAIL("email", Severity.ERROR),
  /** A link that is not an absolute http, https or mailto URL. */
  URL("url", Severity.ERROR),
  /** A country code that is not ISO 3166-1 alpha-2. */
  COUNTRY_CODE("country-code", Severity.ERROR),
  /**
   * A language tag that is not well-formed BCP 47, or not declared for the CV, or a language
   * translated twice.
   */
  LANGUAGE("language", Severity.ERROR),
  /** A text without a translation into one of the CV's languages, and no fallback for it. */
  MISSING_TRANSLATION("missing-translation", Severity.ERROR),
  /** A table row whose cells do not match the table's columns. */
  TABLE("table", Severity.ERROR),
  /** A label override that is missing, or a date pattern that cannot format a date. */
  LABEL("label", Severity.ERROR),
  /**
   * A phone number that is not valid. Checked by the annotation processor (with
   * libphonenumber, which dsl-api does not depend on), not by {@code build()}.
   */
  PHONE("phone", Severity.ERROR),
  /**
   * A character no font of the PDF draws. Checked by the annotation processor, which knows the
   * fonts, not by {@code build()}.
   */
  FONT("font", Severity.ERROR),
  /**
   * A photo the outputs cannot show: a project file that is missing, outside the assets folder,
   * no JPEG or PNG, or too large; or, as a warning, a URL the PDF cannot fetch. Checked by the
   * annotation processor, which knows the assets folder, not by {@code build()}.
   */
  IMAGE("image", Severity.ERROR),
  /** Inline markup that opens and never closes: {@code **bold}, {@code `code}. */
  MARKUP("markup", Severity.ERROR),
  /** A link of the inline markup without a target: {@code [scoreboard](#)}. */
  LINK("link", Severity.WARNING),
  /** Text damaged by a wrong encoding: UTF-8 read as Latin-1 ("â€™", "Ã©"). */
  MOJIBAKE("mojibake", Severity.WARNING),
  /** An e-mail address or URL at a placeholder host: example.com, localhost. */
  PLACEHOLDER("placeholder", Severity.WARNING),
  /** Two entries of one section with the same title and the same dates. */
  DUPLICATE("duplicate", Severity.WARNING),
  /** A date after the build's reference date. */
  FUTURE_DATE("future-date", Severity.WARNING),
  /** Consecutive jobs (or studies) further apart than the timeline allows. */
  GAP("gap", Severity.WARNING),
  /** Two full-time roles at once for longer than the timeline allows. */
  OVERLAP("overlap", Severity.WARNING),
  /** A string holding a lone surrogate, a control character or a noncharacter. */
  TEXT("text", Severity.ERROR),
  /**
   * A mark naming a variant the CV does not declare, or a CV that marks parts for variants
   * without declaring any.
   */
  VARIANT("variant", Severity.ERROR),
  /** Two variants whose outputs are the same, or a variant's order that changes nothing. */
  SAME_VARIANT("same-variant", Severity.WARNING),
  /**
   * A variant's order of sections naming a section twice, or one the CV or the variant does
   * not have.
   */
  ORDER("order", Severity.ERROR),
  /** Highlights nested deeper than {@link dev.vitae.dsl.model.Highlight#MAX_LEVEL} levels. */
  NESTING("nesting", Severity.ERROR),
  /** A style the themes cannot take: an accent that is no {@code #rrggbb}, a font size out of range. */
  STYLE("style", Severity.ERROR);

  /** What every tag starts with. */
  public static final String TAG_PREFIX = "vitae:";

  private final String key;
  private final Severity severity;

  Check(String key, Severity severity) {
    this.key = key;
    this.severity = severity;
  }

  /** The stable key: {@code date-order}, {@code gap}. */
  public String key() {
    return key;
  }

  /** The tag as messages print it and {@code @SuppressWarnings} names it: {@code vitae:gap}. */
  public String tag() {
    return TAG_PREFIX + key;
  }

  /** How serious a problem of this rule is unless a build says otherwise. */
  public Severity severity() {
    return severity;
  }

  /** The check whose key ({@code gap}) or tag ({@code vitae:gap}) this is, or null. */
  public static Check byKey(String keyOrTag) {
    String key = keyOrTag.startsWith(TAG_PREFIX) ? keyOrTag.substring(TAG_PREFIX.length())
        : keyOrTag;
    for (Check check : values()) {
      if (check.key.equals(key)) {
        return check;
      }
    }
    return null;
  }
}
