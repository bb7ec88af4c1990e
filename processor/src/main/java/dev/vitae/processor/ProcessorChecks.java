package dev.vitae.processor;

import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Resume;
import java.util.List;

/** The checks that need a library dsl-api may not depend on; run after the dsl-api rules. */
final class ProcessorChecks {

  private ProcessorChecks() {}

  static List<Problem> check(Resume cv) {
    return List.of();
  }
}
