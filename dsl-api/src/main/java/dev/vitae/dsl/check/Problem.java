package dev.vitae.dsl.check;

/**
 * One thing wrong with a CV: which rule, where, and what to write instead. {@link #message()}
 * is complete and tagged: {@code [vitae:date-order] work "Tencent": end 2019-01 is before start
 * 2021-02}.
 */
public record Problem(Check check, Path path, String description) {

  public String message() {
    return "[" + check.tag() + "] " + Characters.printable(description);
  }

  @Override
  public String toString() {
    return path + ": " + message();
  }
}
