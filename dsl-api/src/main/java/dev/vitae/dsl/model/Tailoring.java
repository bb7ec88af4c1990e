package dev.vitae.dsl.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one source makes several CVs: the variants the CV declares and the marks its parts
 * carry. The outputs never read it: each is rendered from the model of one variant, for the
 * public or the private outputs, which {@code dev.vitae.dsl.tailor.Tailor} makes.
 *
 * @param variants the declared variants, in the order of their declaration
 * @param marks the marks by the path of the part they mark ({@code work[2]},
 *     {@code basics.phone}), in the order they were written
 */
public record Tailoring(List<VariantKey> variants, Map<String, List<PlacedMark>> marks) {

  /**
   * Where the orders variants choose for their sections are kept: marks at this path, each
   * with the {@link SectionName}s it lists as its value.
   */
  public static final String ORDER = "order";

  /** No variants and no marks: a CV printed as written. */
  public static final Tailoring NONE = new Tailoring(List.of(), Map.of());

  public Tailoring {
    variants = List.copyOf(variants);
    Map<String, List<PlacedMark>> copy = new LinkedHashMap<>();
    marks.forEach((path, placed) -> copy.put(path, List.copyOf(placed)));
    marks = Collections.unmodifiableMap(copy);
  }

  /** The marks on the part at {@code path}; empty when it has none. */
  public List<PlacedMark> at(String path) {
    return marks.getOrDefault(path, List.of());
  }

  /** Every mark, in the order written. */
  public List<PlacedMark> all() {
    List<PlacedMark> all = new ArrayList<>();
    marks.values().forEach(all::addAll);
    return all;
  }

  /** The section orders chosen for some variants, in the order written. */
  public List<PlacedMark> orders() {
    return at(ORDER);
  }

  /** These variants and marks without the orders chosen: every variant in the author's order. */
  public Tailoring withoutOrders() {
    Map<String, List<PlacedMark>> rest = new LinkedHashMap<>(marks);
    rest.remove(ORDER);
    return new Tailoring(variants, rest);
  }

  /** The sections {@code order} (one of {@link #orders()}) names, the first printed first. */
  @SuppressWarnings("unchecked")
  public static List<SectionName> sectionsOf(PlacedMark order) {
    return (List<SectionName>) order.value();
  }

  /** True when some part appears in the private outputs only. */
  public boolean hasPrivateParts() {
    return all().stream().anyMatch(placed -> placed.mark().kind() == Mark.Kind.PRIVATE);
  }

  /**
   * A mark and where the author wrote it.
   *
   * @param mark the mark
   * @param at the path of the argument or call that wrote it, where problems with it are
   *     reported ({@code work[0].name.translations[1]}, {@code work[0].only})
   * @param value for a mark on a field, the value ({@link Text}, {@code String}, a setting
   *     such as a {@link Paper}, or the sections of an {@linkplain #ORDER order}) it was
   *     given with: a field set once per variant ({@code .label("Staff Engineer",
   *     only(INDUSTRY)).label("Research Engineer", only(ACADEMIC))}) keeps each value with its
   *     mark; null for a mark on an entry, a section or a bullet
   * @param beside true when the value stands beside the field's own, which the variants the
   *     mark does not name keep ({@code .style(s -> s.theme(Theme.MODERN).theme(Theme.CLASSIC,
   *     only(ACADEMIC)))}); false when the field has no value of its own for them
   */
  public record PlacedMark(Mark mark, String at, Object value, boolean beside) {

    /** A mark on a field set to {@code value}, which other variants do not print. */
    public PlacedMark(Mark mark, String at, Object value) {
      this(mark, at, value, false);
    }

    /** A mark on a whole entry, section or bullet. */
    public PlacedMark(Mark mark, String at) {
      this(mark, at, null, false);
    }
  }
}
