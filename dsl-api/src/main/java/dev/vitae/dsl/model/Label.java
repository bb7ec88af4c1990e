package dev.vitae.dsl.model;

/**
 * The words and date patterns an output adds around the CV's own text. Every output language
 * has built-in values; a CV overrides any of them with {@code .label(language, label, text)}.
 */
public enum Label {
  SUMMARY,
  WORK,
  VOLUNTEER,
  EDUCATION,
  AWARDS,
  CERTIFICATES,
  PUBLICATIONS,
  SKILLS,
  LANGUAGES,
  INTERESTS,
  REFERENCES,
  PROJECTS,
  /** The end of an ongoing range: "Present", "至今". */
  PRESENT,
  /** A {@link java.time.format.DateTimeFormatter} pattern for a year and month: "MMM yyyy". */
  MONTH_FORMAT,
  /** A {@link java.time.format.DateTimeFormatter} pattern for a full date: "d MMM yyyy". */
  DAY_FORMAT,
  /** A {@link java.time.format.DateTimeFormatter} pattern for a year alone: "yyyy". */
  YEAR_FORMAT
}
