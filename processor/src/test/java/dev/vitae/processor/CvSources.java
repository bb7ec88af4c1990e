package dev.vitae.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * Test CVs as source files. {@link #cv} wraps a builder chain in a class so that the chain
 * starts on line {@value #FIRST_LINE}; tests state lines and columns as they appear below.
 */
final class CvSources {

  /** The line of the source that holds the first line of the chain passed to {@link #cv}. */
  static final int FIRST_LINE = 8;

  private static final String HEADER = """
      package test;

      import static java.time.Month.*; import static dev.vitae.dsl.Translations.*;
      import dev.vitae.dsl.*;
      import dev.vitae.dsl.model.*;

      class Jane { @Cv static Resume jane() { return
      """;

  private CvSources() {}

  /** {@code Jane.java} whose @Cv method returns {@code chain}; the chain starts on line 8. */
  static JavaFileObject cv(String chain) {
    return JavaFileObjects.forSourceString("test.Jane", HEADER + chain + "\n;}}\n");
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new VitaeProcessor()).compile(sources);
  }
}
