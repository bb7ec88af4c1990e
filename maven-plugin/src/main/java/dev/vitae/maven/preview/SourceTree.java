package dev.vitae.maven.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java sources under a directory, and a fingerprint of them that changes when a file is
 * saved, added or removed.
 *
 * <p>The preview compares fingerprints a few times a second instead of using the JDK's
 * WatchService, which on macOS only polls every few seconds: too slow for a live page.
 */
final class SourceTree {

  private final Path root;

  SourceTree(Path root) {
    this.root = root;
  }

  /** Every .java file, in a fixed order. */
  List<Path> javaFiles() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.toString().endsWith(".java"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  /** Each file's path, modification time and size; equal lists mean nothing changed. */
  List<String> fingerprint() throws IOException {
    List<String> stamps = new ArrayList<>();
    for (Path file : javaFiles()) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        stamps.add(file + " " + attributes.lastModifiedTime().toInstant() + " "
            + attributes.size());
      } catch (IOException deletedMeanwhile) {
        stamps.add(file + " gone");
      }
    }
    return stamps;
  }
}
