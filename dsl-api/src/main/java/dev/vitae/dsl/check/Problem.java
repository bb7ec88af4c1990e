package dev.vitae.dsl.check;

/**
 * One thing wrong with a CV: which rule, how serious, where, and what to write instead.
 * {@link #message()} is complete and tagged: {@code [vitae:date-order] work "Tencent": end
 * 2019-01 is before start 2021-02}.
 */
public record Problem(Check check, Severity severity, Path path, String description) {

  /** A problem of the rule's own severity. */
  public Problem(Check check, Path path, String description) {
    this(check, check.severity(), path, description);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /** The same problem at another severity (a warning raised to an error by a strict build). */
  public Problem withSeverity(Severity other) {
    return new Problem(check, other, path, description);
  }

  public String message() {
    return "[" + check.tag() + "] " + Characters.printable(description);
  }

  @Override
  public String toString() {
    return path + ": " + message();
  }
}
