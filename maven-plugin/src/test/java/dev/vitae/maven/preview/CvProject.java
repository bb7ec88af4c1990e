package dev.vitae.maven.preview;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/** A CV project in a temporary directory: one source file the tests edit as an author would. */
final class CvProject {

  static final String JANE = """
      package me;

      import static java.time.Month.*;

      import dev.vitae.dsl.Cv;
      import dev.vitae.dsl.Vitae;
      import dev.vitae.dsl.model.Resume;

      final class Jane {
        @Cv("jane")
        static Resume jane() {
          return Vitae.cv()
              .basics(b -> b.name("Jane Doe").label("Systems Engineer"))
              .work(w -> w.name("Example Corp").start(2021, FEBRUARY).ongoing()
                  .highlight("Cut latency by 40%"))
              .build();
        }
      }
      """;

  private final Path root;
  private final Path source;

  CvProject(Path root, String packagePath, String fileName, String content) throws IOException {
    this.root = root;
    this.source = root.resolve("src/main/java").resolve(packagePath).resolve(fileName);
    Files.createDirectories(source.getParent());
    write(content);
  }

  /** The project holding {@link #JANE}. */
  static CvProject jane(Path root) throws IOException {
    return new CvProject(root, "me", "Jane.java", JANE);
  }

  Path sources() {
    return root.resolve("src/main/java");
  }

  Path outputs() {
    return root.resolve("target/cv");
  }

  Path work() {
    return root.resolve("target/vitae-watch");
  }

  String content() throws IOException {
    return Files.readString(source, StandardCharsets.UTF_8);
  }

  /** Saves the source with {@code from} replaced by {@code to}, as an editor would. */
  void edit(String from, String to) throws IOException {
    String content = content();
    if (!content.contains(from)) {
      throw new IllegalArgumentException("the source has no " + from);
    }
    write(content.replace(from, to));
  }

  /**
   * Replaces the file in one move, as editors with a "safe write" do: the preview never sees it
   * half written, so each save makes exactly one build.
   */
  void write(String content) throws IOException {
    Path temporary = source.resolveSibling(source.getFileName() + ".saving");
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(temporary, source, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The compile class path of a CV project: vitae-dsl-api alone, taken from this test run's
   * class path (its jar, or its classes directory in a reactor build).
   */
  static List<Path> classPath() {
    List<Path> dslApi = Arrays.stream(
            System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(entry -> entry.toString().contains("dsl-api"))
        .toList();
    if (dslApi.size() != 1) {
      throw new IllegalStateException("vitae-dsl-api is not on the class path once: " + dslApi);
    }
    return dslApi;
  }

  LivePreview startPreview(PreviewLog log) throws IOException {
    return LivePreview.start(sources(), classPath(), outputs(), work(), 0, log);
  }
}
