package dev.vitae.importer;

import dev.vitae.dsl.model.Resume;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a CV's sections, named as the model names them: {@code "work"},
 * {@code "skills"}, {@code "sections/0"} for the first custom section. The generated source
 * writes the sections in this order, and Vitae's outputs show them in the order written.
 */
final class SectionOrder {

  /** The JSON Resume sections, in the order Vitae's JSON output has them. */
  static final List<String> DOCUMENT = List.of("work", "volunteer", "education", "awards",
      "certificates", "publications", "skills", "languages", "interests", "references",
      "projects");

  private SectionOrder() {}

  /** The sections {@code cv} has entries in, in the document's order, custom ones last. */
  static List<String> present(Resume cv) {
    List<String> present = new ArrayList<>();
    List<List<?>> entries = List.of(cv.work(), cv.volunteer(), cv.education(), cv.awards(),
        cv.certificates(), cv.publications(), cv.skills(), cv.languages(), cv.interests(),
        cv.references(), cv.projects());
    for (int index = 0; index < DOCUMENT.size(); index++) {
      if (!entries.get(index).isEmpty()) {
        present.add(DOCUMENT.get(index));
      }
    }
    for (int index = 0; index < cv.sections().size(); index++) {
      present.add("sections/" + index);
    }
    return present;
  }

  /**
   * The sections of {@code present} in the author's order as far as {@code written} gives it,
   * the others after them in the order of {@code present}.
   */
  static List<String> of(List<String> written, List<String> present) {
    Set<String> order = new LinkedHashSet<>();
    written.stream().filter(present::contains).forEach(order::add);
    order.addAll(present);
    return List.copyOf(order);
  }
}
