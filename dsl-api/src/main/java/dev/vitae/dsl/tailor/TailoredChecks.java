package dev.vitae.dsl.tailor;

import dev.vitae.dsl.check.Check;
import dev.vitae.dsl.check.CheckOptions;
import dev.vitae.dsl.check.CvChecker;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Tailoring;
import dev.vitae.dsl.model.Tailoring.PlacedMark;
import dev.vitae.dsl.model.VariantKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs every rule on each variant of a CV as it will be printed, public and private, and
 * reports each problem once, at its place in the source: a problem of some variants only
 * names them. Also checks the marks themselves.
 */
public final class TailoredChecks {

  private TailoredChecks() {}

  /** Every problem of {@code cv}'s variants and marks, errors and warnings. */
  public static List<Problem> check(Resume cv, CheckOptions options) {
    List<Problem> problems = new ArrayList<>(marks(cv.tailoring()));
    List<Cut> cuts = Tailor.cuts(cv);
    Map<Problem, List<Cut>> found = new LinkedHashMap<>();
    List<Tailored> printed = new ArrayList<>();
    for (Cut cut : cuts) {
      Tailored tailored = Tailor.cut(cv, cut);
      printed.add(tailored);
      for (Problem problem : CvChecker.check(tailored.cv(), options)) {
        Problem atSource = new Problem(problem.check(), problem.severity(),
            tailored.sourceOf(problem.path()), tailored.inSourceTerms(problem.description()));
        found.computeIfAbsent(atSource, p -> new ArrayList<>()).add(cut);
      }
    }
    boolean audience = cv.tailoring().hasPrivateParts();
    found.forEach((problem, in) -> {
      List<Cut> showing = cuts.stream()
          .filter(cut -> Tailor.shows(cv, cut, problem.path())).toList();
      problems.add(in.containsAll(showing) ? problem
          : new Problem(problem.check(), problem.severity(), problem.path(),
              problem.description() + " (in " + describe(in, cuts, audience) + ")"));
    });
    problems.addAll(sameVariants(cv.tailoring(), printed));
    problems.addAll(OrderChecks.check(cv));
    return problems;
  }

  /**
   * Names the cuts {@code in} among {@code all}: "variant Track.ACADEMIC" when both its public
   * and its private outputs are in, "the public outputs" when every variant's public ones are.
   */
  private static String describe(List<Cut> in, List<Cut> all, boolean audience) {
    List<Cut> wholeVariants = in.stream().filter(cut -> !cut.isPrivate()
        && (!audience || in.contains(new Cut(cut.variant(), true)))).toList();
    List<Cut> rest = new ArrayList<>(in);
    List<String> named = new ArrayList<>();
    for (Cut whole : wholeVariants) {
      rest.remove(whole);
      rest.remove(new Cut(whole.variant(), true));
      named.add(whole.describe(false));
    }
    boolean everyPublic = audience && rest.size() > 1
        && rest.containsAll(all.stream().filter(cut -> !cut.isPrivate()).toList());
    if (everyPublic) {
      rest.removeIf(cut -> !cut.isPrivate());
      named.add("the public outputs");
    }
    rest.forEach(cut -> named.add(cut.describe(audience)));
    return String.join(", ", named);
  }

  /** Marks that name no declared variant. */
  private static List<Problem> marks(Tailoring tailoring) {
    List<Problem> problems = new ArrayList<>();
    List<VariantKey> declared = tailoring.variants();
    for (PlacedMark placed : tailoring.all()) {
      Mark mark = placed.mark();
      if (mark.kind() != Mark.Kind.ONLY) {
        continue;
      }
      Path at = Path.parse(placed.at());
      if (mark.variants().isEmpty()) {
        problems.add(new Problem(Check.VARIANT, at, "only() names no variant; name the"
            + " variants this part belongs to, such as only(" + example(declared) + ")"));
      }
      for (VariantKey variant : mark.variants()) {
        if (variant == null) {
          problems.add(new Problem(Check.VARIANT, at, "only(...) names null; name a variant"
              + " of the CV"));
        } else if (declared.isEmpty()) {
          problems.add(new Problem(Check.VARIANT, at, "only(" + variant + ") names a variant,"
              + " but this CV declares none; declare them with .variants("
              + simpleType(variant) + ".values()) after Vitae.cv()"));
        } else if (!declared.contains(variant)) {
          problems.add(new Problem(Check.VARIANT, at, variant + " is not a variant of this"
              + " CV, which declares " + declared.stream().map(VariantKey::toString)
                  .collect(Collectors.joining(", "))
              + "; name one of them, or declare it in .variants(...)"));
        }
      }
    }
    return problems;
  }

  /** A warning for each variant whose outputs are those of an earlier one. */
  private static List<Problem> sameVariants(Tailoring tailoring, List<Tailored> printed) {
    List<Problem> problems = new ArrayList<>();
    List<VariantKey> declared = tailoring.variants();
    for (int j = 0; j < declared.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (samePrints(printed, declared.get(i), declared.get(j))) {
          problems.add(new Problem(Check.SAME_VARIANT, Path.ROOT.then("variants", j),
              "variant " + declared.get(j) + " prints the same CV as " + declared.get(i)
                  + "; mark what belongs to one of them with only(...), or drop one"));
          break;
        }
      }
    }
    return problems;
  }

  private static boolean samePrints(List<Tailored> printed, VariantKey one, VariantKey other) {
    List<Resume> first = printed.stream().filter(t -> one.equals(t.cut().variant()))
        .map(Tailored::cv).toList();
    List<Resume> second = printed.stream().filter(t -> other.equals(t.cut().variant()))
        .map(Tailored::cv).toList();
    return first.equals(second);
  }

  private static String example(List<VariantKey> declared) {
    return declared.isEmpty() ? "INDUSTRY" : declared.get(0).name();
  }

  private static String simpleType(VariantKey variant) {
    String shown = variant.toString();
    return shown.substring(0, shown.lastIndexOf('.'));
  }
}
