package dev.vitae.maven.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The outputs directory the preview serves (target/cv). Only a compilation without errors
 * changes it, so a broken edit leaves the last good CV on disk.
 */
final class PublishedOutputs {

  private final Path directory;

  PublishedOutputs(Path directory) {
    this.directory = directory;
  }

  Path directory() {
    return directory;
  }

  /**
   * Copies in every file {@code staged} holds, each replaced in one move, so a page being
   * served is either the old one or the new one. Other files, such as a PDF made from the
   * LaTeX, stay, as they do after {@code mvn package}.
   */
  void publish(Path staged) throws IOException {
    for (Path file : files(staged)) {
      Path target = directory.resolve(staged.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
      Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
