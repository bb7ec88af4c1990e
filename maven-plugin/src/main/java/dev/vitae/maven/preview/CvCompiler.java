package dev.vitae.maven.preview;

import dev.vitae.processor.VitaeProcessor;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * javac with Vitae's processor, inside this JVM. One instance serves every compilation of a
 * preview: its file manager keeps the class path's jars open and indexed, and the JIT keeps
 * javac's own code compiled, which is what makes a recompilation fast.
 */
final class CvCompiler implements Closeable {

  private final JavaCompiler javac;
  private final StandardJavaFileManager files;

  /** {@code classPath}: what the CV compiles against, vitae-dsl-api among it. */
  CvCompiler(List<Path> classPath) {
    javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in this runtime: run Maven with a JDK");
    }
    files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles {@code sources}, class files into {@code classes} and the CVs' outputs into
   * {@code outputs}. The messages are javac's own text: file, line, source line and caret.
   */
  Compilation compile(List<Path> sources, Path classes, Path outputs) throws IOException {
    Files.createDirectories(classes);
    files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
    StringWriter messages = new StringWriter();
    // The class files are generated too: Vitae writes a CV's outputs only once the whole
    // compilation has produced them, so that code with errors never leaves outputs behind.
    List<String> options = List.of("-Avitae.output=" + outputs, "-implicit:none");
    JavaCompiler.CompilationTask task = javac.getTask(messages, files, null, options, null,
        files.getJavaFileObjectsFromPaths(sources));
    task.setProcessors(List.of(new VitaeProcessor()));
    boolean succeeded = task.call();
    return new Compilation(succeeded, messages.toString());
  }

  @Override
  public void close() throws IOException {
    files.close();
  }

  /** The outcome of one compilation, and what javac printed. */
  record Compilation(boolean succeeded, String messages) {}
}
