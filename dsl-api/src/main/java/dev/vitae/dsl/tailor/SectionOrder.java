package dev.vitae.dsl.tailor;

import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionName;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Tailoring;
import dev.vitae.dsl.model.Tailoring.PlacedMark;
import dev.vitae.dsl.model.VariantKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The order a variant prints its sections in: those its chosen order names first, as named,
 * then the others in the order the author wrote them.
 */
final class SectionOrder {

  private SectionOrder() {}

  /** The order the author chose for {@code variant}, the last written for it; null if none. */
  static PlacedMark chosenFor(Tailoring tailoring, VariantKey variant) {
    PlacedMark chosen = null;
    for (PlacedMark order : tailoring.orders()) {
      Mark mark = order.mark();
      if (variant != null && mark != null && mark.kind() == Mark.Kind.ONLY
          && mark.variants().contains(variant)) {
        chosen = order;
      }
    }
    return chosen;
  }

  /**
   * {@code written}, the sections of {@code cv} in the author's order, with those
   * {@code chosen} names moved to the front in the order named.
   */
  static List<SectionRef> apply(Resume cv, List<SectionRef> written, List<SectionName> chosen) {
    List<SectionRef> order = new ArrayList<>();
    for (SectionName name : chosen) {
      SectionRef named = find(cv, written, name);
      if (named != null && !order.contains(named)) {
        order.add(named);
      }
    }
    for (SectionRef ref : written) {
      if (!order.contains(ref)) {
        order.add(ref);
      }
    }
    return order;
  }

  /** The section of {@code cv} (among {@code written}) that {@code name} names, or null. */
  static SectionRef find(Resume cv, List<SectionRef> written, SectionName name) {
    if (name instanceof SectionKind kind && kind != SectionKind.CUSTOM) {
      SectionRef ref = SectionRef.of(kind);
      return written.contains(ref) ? ref : null;
    }
    if (name instanceof SectionName.Titled titled) {
      List<Section> sections = cv.sections();
      for (int i = 0; i < sections.size(); i++) {
        Section section = sections.get(i);
        SectionRef ref = SectionRef.custom(i);
        if (section.title() != null && section.title().value().equals(titled.title())
            && written.contains(ref)) {
          return ref;
        }
      }
    }
    return null;
  }
}
