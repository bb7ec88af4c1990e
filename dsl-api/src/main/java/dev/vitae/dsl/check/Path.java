package dev.vitae.dsl.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a CV a value sits, spelled with the builder methods that set it:
 * {@code work[2].end.month}. Problems carry one, so a runtime message names the field and the
 * annotation processor can find the source tree that set it.
 */
public record Path(List<Segment> segments) {

  public static final Path ROOT = new Path(List.of());

  public Path {
    segments = List.copyOf(segments);
  }

  /** The property or parameter {@code name} below this path. */
  public Path then(String name) {
    return append(new Segment(name, Segment.NO_INDEX));
  }

  /** Element {@code index} of the repeated property {@code name} below this path. */
  public Path then(String name, int index) {
    return append(new Segment(name, index));
  }

  /** The path {@link #toString()} spells: {@code work[2].highlight[0]}. */
  public static Path parse(String spelled) {
    List<Segment> segments = new ArrayList<>();
    for (String part : spelled.isEmpty() ? new String[0] : spelled.split("\\.")) {
      int bracket = part.indexOf('[');
      segments.add(bracket < 0 ? new Segment(part, Segment.NO_INDEX)
          : new Segment(part.substring(0, bracket),
              Integer.parseInt(part.substring(bracket + 1, part.length() - 1))));
    }
    return new Path(segments);
  }

  /** True when this path is {@code prefix} or lies under it. */
  public boolean startsWith(Path prefix) {
    return segments.size() >= prefix.segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** The first {@code length} segments. */
  public Path prefix(int length) {
    return new Path(segments.subList(0, length));
  }

  private Path append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments);
    longer.add(segment);
    return new Path(longer);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(segment);
    }
    return text.toString();
  }

  /** A property name, with the element's index where the property repeats. */
  public record Segment(String name, int index) {

    public static final int NO_INDEX = -1;

    public boolean hasIndex() {
      return index != NO_INDEX;
    }

    @Override
    public String toString() {
      return hasIndex() ? name + "[" + index + "]" : name;
    }
  }
}
