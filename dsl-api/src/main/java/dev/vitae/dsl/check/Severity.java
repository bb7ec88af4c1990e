package dev.vitae.dsl.check;

/**
 * How serious a problem is. An {@link #ERROR} stops {@code build()} and fails the compilation;
 * a {@link #WARNING} is reported, and the CV is still built and written.
 */
public enum Severity {
  /** The CV cannot be right as written: an impossible date, a missing name. */
  ERROR,
  /** Most likely a mistake, but possibly intended: a long gap between jobs. */
  WARNING
}
