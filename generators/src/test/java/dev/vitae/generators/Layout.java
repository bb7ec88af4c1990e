package dev.vitae.generators;

import dev.vitae.dsl.model.Resume;
import java.lang.reflect.RecordComponent;

/**
 * The parts of the model that say how to write the CV, not what it says: its languages, its
 * order of sections, its style, and its variants and marks (which make the model of each
 * variant before any output is rendered). Walks that check every value of a CV reaches the
 * outputs leave them out; each format has tests of its own for them.
 */
public final class Layout {

  private Layout() {}

  public static boolean isLayout(RecordComponent component) {
    return component.getDeclaringRecord() == Resume.class
        && (component.getName().equals("localization") || component.getName().equals("order")
            || component.getName().equals("style") || component.getName().equals("tailoring"));
  }
}
