package dev.vitae.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A CV project generated from Vitae's archetype with a real Maven, as an author starts one. */
final class ArchetypeProject {

  /** Generated once for all the tests of this JVM; each works on a copy. */
  private static Path generated;

  private ArchetypeProject() {}

  /** The project {@code jane-cv} (package com.example.cv), generated on first use. */
  static synchronized Path generated() throws Exception {
    if (generated == null) {
      Path workspace = Files.createTempDirectory("vitae-archetype-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(workspace)));
      generated = generate(workspace);
    }
    return generated;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException gone) {
      // nothing left to delete
    }
  }

  private static Path generate(Path workspace) throws Exception {
    Maven.Result result = Maven.run(workspace,
        "org.apache.maven.plugins:maven-archetype-plugin:"
            + System.getProperty("maven-archetype-plugin.version") + ":generate",
        "-DarchetypeGroupId=dev.vitae", "-DarchetypeArtifactId=vitae-archetype",
        "-DarchetypeVersion=" + Maven.vitaeVersion(), "-DgroupId=com.example",
        "-DartifactId=jane-cv", "-Dpackage=com.example.cv", "-DinteractiveMode=false");
    assertEquals(0, result.status(), result.log());
    return workspace.resolve("jane-cv");
  }

  /** A copy of {@code project} in {@code directory}, so each test works on its own. */
  static Path copy(Path project, Path directory) throws IOException {
    Path copy = directory.resolve(project.getFileName().toString());
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = copy.resolve(project.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }
}
