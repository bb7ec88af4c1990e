package dev.vitae.processor;

/**
 * The processor's own messages, beside the CV rules of {@link dev.vitae.dsl.check.Check}; each
 * has a stable tag that starts the message ({@code [vitae:not-evaluable]}).
 */
enum Message {
  /** An expression in a @Cv method that Vitae cannot evaluate at compile time. */
  NOT_EVALUABLE("not-evaluable"),
  /** A @Cv method of the wrong shape: not static, with parameters, not returning Resume. */
  CV_METHOD("cv-method"),
  /** A CV name that cannot name a folder and its files: a path, a device, control characters. */
  CV_NAME("cv-name"),
  /** Two CVs in one compilation that would write the same outputs. */
  DUPLICATE_NAME("duplicate-name"),
  /** Outputs that could not be written. */
  OUTPUT("output"),
  /** A compiler without the javac tree API: method bodies are not checked. */
  UNCHECKED("unchecked"),
  /** The PDF could not be made: xelatex is missing or failed. */
  PDF("pdf"),
  /** A processor option with a value Vitae cannot use. */
  OPTION("option"),
  /** A bug in Vitae itself; reported instead of crashing javac. */
  INTERNAL("internal");

  private final String tag;

  Message(String tag) {
    this.tag = tag;
  }

  /** The message with its tag in front: {@code [vitae:output] ...}. */
  String format(String description) {
    return "[vitae:" + tag + "] " + description;
  }
}
