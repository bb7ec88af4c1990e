package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Tailoring.PlacedMark;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import dev.vitae.dsl.model.Translation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every builder shares: the place in the CV its values go to, and their marks. */
public abstract class Builder {

  private final Path path;
  /** The marks written on this builder's entry and fields, by the path of what they mark. */
  private final Map<Path, List<PlacedMark>> marks = new LinkedHashMap<>();
  /** Elements of a list written one per call, by their path in the model. */
  private final Map<Path, Path> writtenBy = new LinkedHashMap<>();

  Builder(Path path) {
    this.path = path;
  }

  /** Where this builder's values sit in the CV ({@code work[2]}); problems are reported there. */
  public final Path path() {
    return path;
  }

  /**
   * Records that the element at {@code element} ({@code keywords[3]}) was written by the call
   * at {@code call} ({@code keyword[1]}), where its problems are reported.
   */
  final void writtenBy(Path element, Path call) {
    writtenBy.put(element, call);
  }

  /** Forgets the marks of the element at {@code element}, as a setter replaces the list. */
  final void unmark(Path element) {
    marks.remove(element);
    writtenBy.remove(element);
  }

  /** The record this builder's values make. */
  abstract Record toModel();

  /** The builders of the parts of this one: its bullets, a section's entries. */
  List<? extends Builder> parts() {
    return List.of();
  }

  /** A text without marks, for the few setters that take none. */
  static Text text(String value, Translation... translations) {
    return value == null ? null : Text.of(value, translations);
  }

  /**
   * The text of the setter of {@code field}, from its arguments: the translations go into the
   * text, the marks are kept for the field (those of an earlier call of the setter are
   * dropped, as its value is). A null value leaves the field unset.
   */
  final Text text(String field, String value, TextOption... options) {
    return text(path.then(field), value, options);
  }

  /** A text whose marks go to {@code target}: a bullet's marks mark the whole bullet. */
  final Text text(Path target, String value, TextOption... options) {
    return text(target, target, value, options);
  }

  /**
   * A text whose marks go to {@code target}, written by the call at {@code call}: a keyword
   * added by {@code keyword("Java", ...)} is {@code keywords[3]} in the model, and its call
   * {@code keyword[1]}.
   */
  final Text text(Path target, Path call, String value, TextOption... options) {
    List<Translation> translations = new ArrayList<>();
    for (TextOption option : options) {
      if (!(option instanceof Mark)) {
        translations.add((Translation) option);
      }
    }
    Text text = value == null ? null : new Text(value, translations);
    forget(target, options);
    for (int i = 0; i < options.length; i++) {
      if (options[i] instanceof Mark mark) {
        place(target, mark, call.then("translations", i), text);
      }
    }
    return text;
  }

  /**
   * Drops the marks of the field's earlier value, as the setter drops the value: unless both
   * are for some variants only, when each variant keeps its own value.
   */
  private void forget(Path target, Object[] options) {
    boolean forVariants = Arrays.stream(options)
        .anyMatch(option -> option instanceof Mark mark && mark.kind() == Mark.Kind.ONLY);
    List<PlacedMark> earlier = marks.getOrDefault(target, List.of());
    boolean earlierForVariants = earlier.stream()
        .anyMatch(placed -> placed.mark().kind() == Mark.Kind.ONLY);
    if (!(forVariants && earlierForVariants)) {
      marks.remove(target);
    }
  }

  /** A value that is no text (an e-mail address, a phone number), with its marks. */
  final String plain(String field, String value, Mark... given) {
    markAt(path.then(field), value, given);
    return value;
  }

  /** Marks the part at {@code target}, set to {@code value}, with the parameter {@code marks}. */
  final void markAt(Path target, Object value, Mark... given) {
    forget(target, given);
    for (int i = 0; i < given.length; i++) {
      place(target, given[i], target.then("marks", i), value);
    }
  }

  /**
   * A value of the field for the variants {@code marks} name, beside the field's own, which
   * the other variants keep: the style of one variant.
   */
  final void beside(String field, Object value, Mark... given) {
    Path target = path.then(field);
    for (int i = 0; i < given.length; i++) {
      marks.computeIfAbsent(target, t -> new ArrayList<>()).add(new PlacedMark(given[i],
          target.then("marks", i).toString(), value, true));
    }
  }

  /**
   * A value for the variants {@code mark} names, beside what the others keep, written by the
   * argument at {@code at}: the order of one variant's sections.
   */
  final void besideAt(Path target, Path at, Mark mark, Object value) {
    marks.computeIfAbsent(target, t -> new ArrayList<>())
        .add(new PlacedMark(mark, at.toString(), value, true));
  }

  /** Marks the whole {@code part} with {@code mark}, written by the call {@code method}. */
  @SuppressWarnings("unchecked")
  static <B extends Tailorable<B>> B markWhole(Tailorable<B> part, String method, Mark mark) {
    ((Builder) part).markAll(method, mark);
    return (B) part;
  }

  /** Marks this builder's whole entry, section or bullet, written by the call {@code method}. */
  final void markAll(String method, Mark mark) {
    place(path, mark, path.then(method), null);
  }

  private void place(Path target, Mark mark, Path at, Object value) {
    marks.computeIfAbsent(target, t -> new ArrayList<>())
        .add(new PlacedMark(mark, at.toString(), value));
  }

  /** Adds where this builder's and its parts' elements were written to {@code all}. */
  final void collectWrittenBy(Map<Path, Path> all) {
    all.putAll(writtenBy);
    for (Builder part : parts()) {
      part.collectWrittenBy(all);
    }
  }

  /** Adds the marks of this builder and of its parts, at any depth, to {@code all}. */
  final void collectMarks(Map<String, List<PlacedMark>> all) {
    marks.forEach((target, placed) ->
        all.computeIfAbsent(target.toString(), t -> new ArrayList<>()).addAll(placed));
    for (Builder part : parts()) {
      part.collectMarks(all);
    }
  }
}
