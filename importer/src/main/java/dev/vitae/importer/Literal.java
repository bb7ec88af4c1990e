package dev.vitae.importer;

import com.palantir.javapoet.CodeBlock;

/** Code that is never broken: a number, a constant, a language tag. */
record Literal(CodeBlock flat, int width) implements Code {

  static Literal integer(int value) {
    return of(CodeBlock.of("$L", value));
  }

  /**
   * Code as it reads in the file: {@code code} names types by their simple names there, as its
   * imports allow, so its width is that of {@code asWritten}.
   */
  static Literal of(CodeBlock code, String asWritten) {
    return new Literal(code, asWritten.length());
  }

  /** Code without types: its width is that of its text. */
  static Literal of(CodeBlock code) {
    String text = code.toString();
    return new Literal(code, text.indexOf('\n') >= 0 ? MULTILINE : text.length());
  }
}
