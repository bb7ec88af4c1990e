package dev.vitae.processor;

import dev.vitae.dsl.check.PhotoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder the outputs go to, and the one guard on every file written there: a CV's files
 * are {@code <folder>/<name>/<file>}, where {@code <file>} may lie in the folders of a variant
 * ({@code industry/private/jane.html}), resolved against the folder's real path, and nothing
 * is written, or deleted, that would resolve anywhere else.
 */
final class OutputFolder {

  private final Path root;
  private final Set<String> extensions;

  /** {@code extensions}: the formats written ({@code tex}, {@code html}); they mark a CV's files. */
  OutputFolder(Path root, Set<String> extensions) {
    this.root = root;
    this.extensions = Set.copyOf(extensions);
  }

  /**
   * Writes a CV's whole set of files and removes its files of earlier sets that are not in
   * this one (a language dropped). If any file cannot be written, none of the CV's files
   * remain.
   */
  void write(String name, Map<String, byte[]> documents) throws IOException {
    List<Path> targets = new ArrayList<>();
    for (String file : documents.keySet()) {
      targets.add(fileOf(name, file)); // every target guarded before the first byte
    }
    try {
      int i = 0;
      for (byte[] content : documents.values()) {
        writeAtomically(targets.get(i++), content);
      }
    } catch (IOException | RuntimeException failure) {
      deleteAll(name);
      throw failure;
    }
    deleteAllBut(name, documents.keySet());
  }

  /** Removes the CV's files other than {@code kept} (file names). */
  void deleteAllBut(String name, Set<String> kept) throws IOException {
    Path folder = fileOf(name, name + ".json").getParent();
    for (Path old : filesOf(name)) {
      if (!kept.contains(OutputFiles.relative(folder, old))) {
        Files.deleteIfExists(old);
      }
    }
    OutputFiles.removeEmptyFolders(folder);
  }

  /** Removes every file of the CV called {@code name}, and its folder once empty. */
  void remove(String name) throws IOException {
    deleteAll(name);
    Path folder = fileOf(name, name + ".json").getParent();
    OutputFiles.removeEmptyFolders(folder);
    try (Stream<Path> left = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        ? Files.list(folder) : Stream.empty()) {
      if (left.findAny().isEmpty()) {
        Files.deleteIfExists(folder);
      }
    }
  }

  /** The folder itself, where {@link OutputIndex} keeps what was written into it. */
  Path root() {
    return root;
  }

  /** Removes every file of the CV called {@code name}: the outputs of any earlier set. */
  void deleteAll(String name) throws IOException {
    for (Path file : filesOf(name)) {
      Files.deleteIfExists(file);
    }
  }

  /**
   * {@code <folder>/<name>/<file>}, with the folder's links resolved; an {@link IOException}
   * if that would be anywhere else (a name with a separator or "..", a linked folder).
   */
  Path fileOf(String name, String file) throws IOException {
    requireFileName(name);
    OutputFiles.requireRelativeName(file);
    ReadableByAll.createDirectories(root);
    Path real = root.toRealPath();
    Path folder;
    Path target;
    try {
      folder = real.resolve(name).normalize();
      target = folder.resolve(file).normalize();
    } catch (InvalidPathException invalid) {
      throw new IOException("\"" + name + "/" + file + "\" is no file name here", invalid);
    }
    if (!real.equals(folder.getParent()) || !target.getParent().startsWith(folder)
        || OutputFiles.linkBetween(folder, target.getParent())) {
      throw new IOException(target + " would be outside the output folder " + real);
    }
    return target;
  }

  /**
   * Throws unless {@code name} is one plain file name: not empty, no separator, not "." or
   * "..", no NUL. (CV names are checked at the annotation; this is the writer's own guard.)
   */
  static void requireFileName(String name) throws IOException {
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
        || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
      throw new IOException("\"" + name.replace("\0", "\\u0000")
          + "\" is no plain file name, so it could resolve outside the output folder");
    }
  }

  /**
   * The CV's files in its folder: {@code <name>.<ext>}, {@code <name>.<language>.<ext>}, and
   * the copy of its photo ({@code photo.jpg}).
   */
  private List<Path> filesOf(String name) throws IOException {
    Path folder = fileOf(name, name + ".json").getParent();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder, OutputFiles.DEPTH)) {
      return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && isOutputOf(name, file.getFileName().toString())).sorted().toList();
    }
  }

  private boolean isOutputOf(String name, String file) {
    if (PhotoFiles.hasPhotoExtension(file)) {
      return true; // a photo copied beside the outputs: the CV's folder holds no other picture
    }
    if (!file.startsWith(name + ".")) {
      return false;
    }
    if (file.endsWith(".tmp")) {
      return true; // left by an interrupted write
    }
    String rest = file.substring(name.length() + 1);
    String extension = rest.substring(rest.lastIndexOf('.') + 1);
    String language = rest.lastIndexOf('.') < 0 ? "" : rest.substring(0, rest.lastIndexOf('.'));
    return extensions.contains(extension) && language.indexOf('.') < 0;
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    ReadableByAll.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
    try {
      Files.write(temporary, content);
      ReadableByAll.file(temporary); // createTempFile makes it 0600
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
