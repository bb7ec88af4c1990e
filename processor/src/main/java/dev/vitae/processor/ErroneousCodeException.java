package dev.vitae.processor;

/**
 * Raised when the method under evaluation has compile errors of its own (unresolved names,
 * wrong types). javac has reported those already, so Vitae stays silent about the method.
 */
final class ErroneousCodeException extends Exception {

  private static final long serialVersionUID = 1L;
}
