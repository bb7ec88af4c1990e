package dev.vitae.processor;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Outputs are for everyone to read, like any build output: files 0644 and the folders Vitae
 * creates 0755, whatever the umask and {@code Files.createTempFile}'s 0600. Nothing happens on
 * file systems without POSIX permissions.
 */
final class ReadableByAll {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwxr-xr-x");

  private ReadableByAll() {}

  static void file(Path file) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }

  /** Creates {@code folder} and its missing parents; each one created is made 0755. */
  static void createDirectories(Path folder) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path current = folder.toAbsolutePath(); current != null && !Files.exists(current);
        current = current.getParent()) {
      missing.add(current);
    }
    Files.createDirectories(folder);
    if (POSIX) {
      for (Path created : missing) {
        Files.setPosixFilePermissions(created, FOLDER);
      }
    }
  }
}
