package dev.vitae.dsl.check;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@code build()} with every problem of the CV, not just the first. */
public final class InvalidCvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidCvException(List<Problem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the CV:\n  "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
