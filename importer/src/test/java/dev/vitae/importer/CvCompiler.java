package dev.vitae.importer;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.vitae.processor.VitaeProcessor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;

/** Compiles generated CV sources as an author's build does: javac with Vitae's processor. */
final class CvCompiler {

  private CvCompiler() {}

  /** Compiles {@code source}, the class {@code qualifiedName}; the CV goes to {@code output}. */
  static Compilation compile(String qualifiedName, String source, Path output) {
    return javac()
        .withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output)
        .compile(JavaFileObjects.forSourceString(qualifiedName, source));
  }

  /** The compilation's error messages, in the order javac reported them. */
  static List<String> errors(Compilation compilation) {
    return compilation.errors().stream()
        .map(error -> error.getMessage(Locale.ROOT))
        .toList();
  }

  /** Every diagnostic, for failure messages: where and what. */
  static String describe(Compilation compilation) {
    StringBuilder all = new StringBuilder();
    for (Diagnostic<?> diagnostic : compilation.diagnostics()) {
      all.append(diagnostic.getKind()).append(" line ").append(diagnostic.getLineNumber())
          .append(": ").append(diagnostic.getMessage(Locale.ROOT)).append('\n');
    }
    return all.toString();
  }
}
