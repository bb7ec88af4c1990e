package dev.vitae.dsl.tailor;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Components;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Localization.LabelOverride;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Meta;
import dev.vitae.dsl.model.ModelNames;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Tailoring;
import dev.vitae.dsl.model.Tailoring.PlacedMark;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.Translation;
import dev.vitae.dsl.model.VariantKey;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the CV of one variant, for the public or the private outputs, from the CV as written:
 * one pure transform from {@link Resume} to {@link Resume}, so every output and every rule
 * reads a variant exactly as it reads a CV without variants.
 *
 * <p>A part marked {@code only(...)} for other variants is left out with all it holds, and so
 * is a part marked {@code privately()} from the public outputs; entries, sections and bullets
 * after it move up. A section left without entries is left out. A text marked
 * {@code inEveryLanguage()} is given its own words as its translation into every language.
 */
public final class Tailor {

  /** The component of {@link Resume} that lists its sections in the author's order. */
  private static final String ORDER = Tailoring.ORDER;

  private final Tailoring tailoring;
  private final Cut cut;
  private final Localization localization;
  private final Map<Path, Path> sources = new HashMap<>();
  /** The printed index of each custom section kept, by its index in the source. */
  private final Map<Integer, Integer> customSections = new HashMap<>();

  private Tailor(Resume cv, Cut cut) {
    this.tailoring = cv.tailoring();
    this.cut = cut;
    this.localization = cv.localization();
  }

  /**
   * The sets of outputs {@code cv} makes: one per declared variant (one alone without
   * variants), each public and, when some part is private, private as well.
   */
  public static List<Cut> cuts(Resume cv) {
    List<VariantKey> variants = new ArrayList<>(cv.tailoring().variants());
    if (variants.isEmpty()) {
      variants.add(null);
    }
    boolean hasPrivate = cv.tailoring().hasPrivateParts();
    List<Cut> cuts = new ArrayList<>();
    for (VariantKey variant : variants) {
      cuts.add(new Cut(variant, false));
      if (hasPrivate) {
        cuts.add(new Cut(variant, true));
      }
    }
    return cuts;
  }

  /** The CV of {@code cut}, as its outputs print it. */
  public static Tailored cut(Resume cv, Cut cut) {
    if (cv.tailoring().equals(Tailoring.NONE)) {
      return new Tailored(cut, cv, Map.of()); // nothing marked: the CV prints as written
    }
    Tailor tailor = new Tailor(cv, cut);
    Resume tailored = tailor.resume(cv);
    return new Tailored(cut, tailored, tailor.sources);
  }

  /** True when the part at {@code source} (a path in the CV as written) is in {@code cut}. */
  public static boolean shows(Resume cv, Cut cut, Path source) {
    Tailor tailor = new Tailor(cv, cut);
    for (int length = 1; length <= source.segments().size(); length++) {
      if (tailor.hides(source.prefix(length))) {
        return false;
      }
    }
    return true;
  }

  private boolean hides(Path source) {
    for (PlacedMark placed : tailoring.at(source.toString())) {
      Mark mark = placed.mark();
      if (placed.beside()) {
        continue; // a value for some variants: the field's own stays for the others
      }
      if (mark.kind() == Mark.Kind.PRIVATE && !cut.isPrivate()) {
        return true;
      }
      if (mark.kind() == Mark.Kind.ONLY && cut.variant() != null
          && !mark.variants().contains(cut.variant())) {
        return true;
      }
    }
    return false;
  }

  private Resume resume(Resume cv) {
    Resume parts = record(cv, Path.ROOT, Path.ROOT);
    RecordComponent[] components = Components.of(Resume.class);
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getName().equals(ORDER) ? order(cv, parts)
          : Components.read(parts, components[i]);
    }
    return construct(parts, components, values);
  }

  /**
   * The sections this cut still has: in the order its variant chose, else in the author's.
   */
  private List<SectionRef> order(Resume cv, Resume tailored) {
    List<SectionRef> written = writtenOrder(cv, tailored);
    PlacedMark chosen = SectionOrder.chosenFor(tailoring, cut.variant());
    return chosen == null ? written
        : SectionOrder.apply(tailored, written, Tailoring.sectionsOf(chosen));
  }

  /** The author's order of the sections this cut still has. */
  private List<SectionRef> writtenOrder(Resume cv, Resume tailored) {
    List<SectionRef> order = new ArrayList<>();
    for (SectionRef ref : cv.order()) {
      if (ref.isCustom() && customSections.containsKey(ref.index())) {
        order.add(SectionRef.custom(customSections.get(ref.index())));
      } else if (!ref.isCustom() && !ref.kind().in(tailored).isEmpty()) {
        order.add(ref);
      }
    }
    return order;
  }

  private <R extends Record> R record(R record, Path source, Path printed) {
    RecordComponent[] components = Components.of(record.getClass());
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = value(Components.read(record, components[i]), components[i].getName(),
          source, printed);
    }
    return construct(record, components, values);
  }

  private Object value(Object value, String name, Path source, Path printed) {
    Path field = source.then(name);
    if (value == null || value instanceof Text || value instanceof String
        || value instanceof Enum<?> || value instanceof Number) {
      Object chosen = chosen(field, value);
      return chosen instanceof Text text ? sameInEveryLanguage(text, field) : chosen;
    }
    if (value instanceof Record && !isPart(value)) {
      return hides(field) ? null : value;
    }
    if (value instanceof Localization given) {
      return localization(given);
    }
    if (value instanceof Tailoring) {
      return Tailoring.NONE;
    }
    if (value instanceof Record nested) {
      return hides(field) ? null : record(nested, field, printed.then(name));
    }
    if (value instanceof List<?> list && !name.equals(ORDER)) {
      return list(list, name, source, printed);
    }
    return value;
  }

  /** Records that hold parts of a CV, as opposed to values: dates, the meta data. */
  private static boolean isPart(Object value) {
    return !(value instanceof DateRange || value instanceof PartialDate
        || value instanceof Meta);
  }

  private List<Object> list(List<?> list, String name, Path source, Path printed) {
    String method = ModelNames.builderMethod(name);
    List<Object> kept = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      if (!(element instanceof Record record)) {
        kept.add(element); // a table's rows: parts of their section
        continue;
      }
      Path from = source.then(method, i);
      if (hides(from) || emptied(record, from)) {
        continue;
      }
      Path to = printed.then(method, kept.size());
      if (!to.equals(from)) {
        sources.put(to, from);
      }
      if (record instanceof Section) {
        customSections.put(i, kept.size());
      }
      Record tailored = record(record, from, to);
      kept.add(tailored instanceof Text text ? sameInEveryLanguage(text, from) : tailored);
    }
    return kept;
  }

  /** A custom section whose every entry is left out, and that has nothing else to show. */
  private boolean emptied(Record record, Path source) {
    if (!(record instanceof Section section) || section.entries().isEmpty()
        || !section.rows().isEmpty() || section.summary() != null) {
      return false;
    }
    for (int j = 0; j < section.entries().size(); j++) {
      if (!hides(source.then("entry", j))) {
        return false;
      }
    }
    return true;
  }

  private Localization localization(Localization given) {
    List<LabelOverride> labels = new ArrayList<>();
    for (int i = 0; i < given.labels().size(); i++) {
      Path from = Path.ROOT.then("label", i);
      if (!hides(from)) {
        Path to = Path.ROOT.then("label", labels.size());
        if (!to.equals(from)) {
          sources.put(to, from);
        }
        labels.add(given.labels().get(i));
      }
    }
    return new Localization(given.languages(), given.fallbacks(), labels);
  }

  /**
   * The value of a field in this cut: the value as written, or the one given for this cut's
   * variant when the field has one per variant; null when the cut leaves the field out.
   */
  private Object chosen(Path field, Object written) {
    List<PlacedMark> perVariant = tailoring.at(field.toString()).stream()
        .filter(placed -> placed.mark().kind() == Mark.Kind.ONLY && placed.value() != null)
        .toList();
    boolean isPrivate = tailoring.at(field.toString()).stream()
        .anyMatch(placed -> placed.mark().kind() == Mark.Kind.PRIVATE);
    if ((isPrivate && !cut.isPrivate()) || perVariant.isEmpty()) {
      return hides(field) ? null : written;
    }
    for (int i = perVariant.size() - 1; i >= 0; i--) {
      if (cut.variant() == null || perVariant.get(i).mark().variants().contains(cut.variant())) {
        return perVariant.get(i).value();
      }
    }
    return perVariant.stream().allMatch(PlacedMark::beside) ? written : null;
  }

  /** The text, given its own words in each language it lacks when it is the same in all. */
  private Text sameInEveryLanguage(Text text, Path field) {
    boolean same = tailoring.at(field.toString()).stream()
        .anyMatch(placed -> placed.mark().kind() == Mark.Kind.SAME_IN_EVERY_LANGUAGE);
    if (!same) {
      return text;
    }
    List<Translation> translations = new ArrayList<>(text.translations());
    for (String language : localization.languages()) {
      if (!language.equals(localization.primary()) && !text.has(language)) {
        translations.add(Translation.of(language, text.value()));
      }
    }
    return new Text(text.value(), translations);
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> R construct(R record, RecordComponent[] components,
      Object[] values) {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException unusable) {
      throw new IllegalStateException("cannot make a " + record.getClass().getSimpleName(),
          unusable);
    }
  }
}
