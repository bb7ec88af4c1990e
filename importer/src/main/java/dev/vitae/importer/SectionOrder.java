package dev.vitae.importer;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a CV's sections. The generated source writes the sections in this order, and
 * Vitae's outputs show them in the order written.
 */
final class SectionOrder {

  private SectionOrder() {}

  /** The sections {@code cv} has entries in, in the document's order, custom ones last. */
  static List<SectionRef> present(Resume cv) {
    List<SectionRef> present = new ArrayList<>();
    for (SectionKind kind : SectionKind.standard()) {
      if (!kind.in(cv).isEmpty()) {
        present.add(SectionRef.of(kind));
      }
    }
    for (int index = 0; index < cv.sections().size(); index++) {
      present.add(SectionRef.custom(index));
    }
    return present;
  }

  /**
   * The sections of {@code present} in the author's order as far as {@code written} gives it,
   * the others after them in the order of {@code present}.
   */
  static List<SectionRef> of(List<SectionRef> written, List<SectionRef> present) {
    Set<SectionRef> order = new LinkedHashSet<>();
    written.stream().filter(present::contains).forEach(order::add);
    order.addAll(present);
    return List.copyOf(order);
  }
}
