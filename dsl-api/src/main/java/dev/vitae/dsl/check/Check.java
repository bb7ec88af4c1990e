package dev.vitae.dsl.check;

/**
 * The rules a CV must pass, each with a stable tag that starts its messages
 * ({@code [vitae:date-order]}) so they can be searched for and named in documentation.
 */
public enum Check {
  /** A field every entry of its kind needs: the person's name, an employer, a start date. */
  REQUIRED("required"),
  /** A date that does not exist: month 13, April 31, a two-digit year. */
  REAL_DATE("date"),
  /** A range that ends before it starts, or ends and is ongoing at once. */
  DATE_ORDER("date-order"),
  /** An e-mail address that is not of the form name@example.com. */
  EMAIL("email"),
  /** A link that is not an absolute http, https or mailto URL. */
  URL("url"),
  /** A country code that is not ISO 3166-1 alpha-2. */
  COUNTRY_CODE("country-code"),
  /**
   * A language tag that is not well-formed BCP 47, or not declared for the CV, or a language
   * translated twice.
   */
  LANGUAGE("language"),
  /** A text without a translation into one of the CV's languages, and no fallback for it. */
  MISSING_TRANSLATION("missing-translation"),
  /** A table row whose cells do not match the table's columns. */
  TABLE("table"),
  /** A label override that is missing, or a date pattern that cannot format a date. */
  LABEL("label"),
  /** A string holding a lone surrogate, a control character or a noncharacter. */
  TEXT("text"),
  /** Highlights nested deeper than {@link dev.vitae.dsl.model.Highlight#MAX_LEVEL} levels. */
  NESTING("nesting");

  private final String tag;

  Check(String tag) {
    this.tag = tag;
  }

  /** The tag as messages print it: {@code vitae:date-order}. */
  public String tag() {
    return "vitae:" + tag;
  }
}
