package dev.vitae.dsl.tailor;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionName;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Tailoring;
import dev.vitae.dsl.model.Tailoring.PlacedMark;
import dev.vitae.dsl.model.VariantKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the section orders variants choose ({@code .order(only(ACADEMIC), EDUCATION, WORK)}):
 * each names every section once, and only sections the variant prints; an order that leaves
 * every section where it was is a warning. Whether its mark names declared variants is checked
 * with every other mark.
 */
final class OrderChecks {

  private OrderChecks() {}

  static List<Problem> check(Resume cv) {
    List<Problem> problems = new ArrayList<>();
    for (PlacedMark order : cv.tailoring().orders()) {
      Path at = Path.parse(order.at());
      Path call = at.prefix(at.segments().size() - 1);
      problems.addAll(check(cv, order, call));
    }
    return problems;
  }

  private static List<Problem> check(Resume cv, PlacedMark order, Path call) {
    List<Problem> problems = new ArrayList<>();
    Mark mark = order.mark();
    if (mark.kind() != Mark.Kind.ONLY) {
      problems.add(new Problem(Check.VARIANT, Path.parse(order.at()), "an order of sections"
          + " is chosen for variants: give it only(...) naming them"));
      return problems;
    }
    List<SectionName> names = Tailoring.sectionsOf(order);
    if (names.isEmpty()) {
      problems.add(new Problem(Check.ORDER, call, "this order names no section; name the"
          + " sections to print first, among " + written(cv)));
    }
    Set<SectionName> seen = new HashSet<>();
    boolean allKnown = true;
    for (int j = 0; j < names.size(); j++) {
      Path at = call.then("sections", j);
      SectionName name = names.get(j);
      String problem = name == null ? "names null; name a section of the CV"
          : name == SectionKind.CUSTOM ? "names the author's sections as a kind; name one by"
              + " its title, such as titled(\"Teaching\")"
          : !seen.add(name) ? name + " is named twice in this order; name each section once"
          : SectionOrder.find(cv, cv.order(), name) == null
              ? "this CV has no section " + name + "; its sections are " + written(cv)
          : null;
      if (problem != null) {
        problems.add(new Problem(Check.ORDER, at, problem));
        allKnown = false;
      }
    }
    if (allKnown) {
      problems.addAll(againstVariants(cv, order, call, names));
    }
    return problems;
  }

  /**
   * Sections a variant the order is for does not print, and an order that changes nothing in
   * every variant it is for.
   */
  private static List<Problem> againstVariants(Resume cv, PlacedMark order, Path call,
      List<SectionName> names) {
    List<Problem> problems = new ArrayList<>();
    boolean changesSome = false;
    boolean checkedSome = false;
    boolean fullest = cv.tailoring().hasPrivateParts();
    for (VariantKey variant : order.mark().variants()) {
      if (variant == null || !cv.tailoring().variants().contains(variant)
          || SectionOrder.chosenFor(cv.tailoring(), variant) != order) {
        continue; // reported with the marks, or replaced by a later order for this variant
      }
      checkedSome = true;
      Tailored printed = Tailor.cut(cv, new Cut(variant, fullest));
      for (int j = 0; j < names.size(); j++) {
        SectionRef inSource = SectionOrder.find(cv, cv.order(), names.get(j));
        if (!printed.cv().order().stream().anyMatch(ref -> sameSection(printed, ref, inSource))) {
          problems.add(new Problem(Check.ORDER, call.then("sections", j), "variant " + variant
              + " does not print " + names.get(j) + ": every part of it is for other variants;"
              + " leave it out of this order"));
        }
      }
      Resume unordered = Tailor.cut(cv.withTailoring(cv.tailoring().withoutOrders()),
          new Cut(variant, fullest)).cv();
      changesSome |= !unordered.order().equals(printed.cv().order());
    }
    if (checkedSome && problems.isEmpty() && !changesSome) {
      problems.add(new Problem(Check.SAME_VARIANT, call, "this order is the order the sections"
          + " are written in for " + variantsOf(order) + "; it changes nothing, drop it"));
    }
    return problems;
  }

  /** True when {@code printed}'s section {@code ref} is the source's {@code source}. */
  private static boolean sameSection(Tailored printed, SectionRef ref, SectionRef source) {
    if (!ref.isCustom()) {
      return ref.equals(source);
    }
    Path back = printed.sourceOf(Path.ROOT.then(SectionKind.CUSTOM.method(), ref.index()));
    return source.isCustom() && back.equals(
        Path.ROOT.then(SectionKind.CUSTOM.method(), source.index()));
  }

  private static String written(Resume cv) {
    List<String> names = new ArrayList<>();
    for (SectionRef ref : cv.order()) {
      names.add(ref.isCustom() ? new SectionName.Titled(
          cv.sections().get(ref.index()).title().value()).toString() : ref.kind().name());
    }
    return String.join(", ", names);
  }

  private static String variantsOf(PlacedMark order) {
    return String.join(", ", order.mark().variants().stream().map(String::valueOf).toList());
  }
}
