package dev.vitae.processor;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The local variables and parameters in scope while the evaluator runs a block: those of the
 * block itself, then those of the blocks around it. A lambda keeps the frame it was written in,
 * so a fragment's parameters keep their values in the lambdas it returns.
 */
final class Frame {

  private final Frame outer;
  private final Map<Element, Object> values = new HashMap<>();

  Frame(Frame outer) {
    this.outer = outer;
  }

  /** A frame for a method's body: nothing of the caller is in scope. */
  static Frame empty() {
    return new Frame(null);
  }

  void define(Element variable, Object value) {
    values.put(variable, value);
  }

  boolean has(Element variable) {
    return values.containsKey(variable) || (outer != null && outer.has(variable));
  }

  Object get(Element variable) {
    return values.containsKey(variable) ? values.get(variable) : outer.get(variable);
  }
}
