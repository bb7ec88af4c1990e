package dev.vitae.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names of a CV's files inside its folder: a plain file name ({@code jane.html}), or one
 * inside the folders of a variant and audience ({@code industry/private/jane.html}).
 */
final class OutputFiles {

  /** How deep a CV's files lie in its folder: variant, audience, file. */
  static final int DEPTH = 3;

  private OutputFiles() {}

  /** Throws unless {@code file} is at most {@link #DEPTH} plain names joined by '/'. */
  static void requireRelativeName(String file) throws IOException {
    String[] parts = file.split("/", -1);
    if (parts.length > DEPTH) {
      throw new IOException("\"" + file + "\" lies deeper than a CV's files do");
    }
    for (String part : parts) {
      OutputFolder.requireFileName(part);
    }
  }

  /** The name of {@code file} relative to {@code folder}, with '/' between its parts. */
  static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** True when a folder from {@code folder} down to {@code inner} (both included) is a link. */
  static boolean linkBetween(Path folder, Path inner) throws IOException {
    for (Path at = inner; at != null && at.startsWith(folder); at = at.getParent()) {
      if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !at.toRealPath().equals(at)) {
        return true;
      }
    }
    return false;
  }

  /** Removes the folders of variants and audiences under {@code folder} that are left empty. */
  static void removeEmptyFolders(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> inner;
    try (Stream<Path> walk = Files.walk(folder, DEPTH - 1)) {
      inner = walk.filter(path -> !path.equals(folder)
          && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
          .sorted(Comparator.reverseOrder()).toList();
    }
    for (Path directory : inner) {
      try (Stream<Path> left = Files.list(directory)) {
        if (left.findAny().isEmpty()) {
          Files.deleteIfExists(directory);
        }
      }
    }
  }
}
