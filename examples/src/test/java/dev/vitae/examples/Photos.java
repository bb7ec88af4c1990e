package dev.vitae.examples;

import dev.vitae.dsl.check.PhotoFiles;
import dev.vitae.dsl.model.Resume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An example's photo from the project's assets folder, as the processor finds it
 * ({@code -Avitae.assets=src/main/cv-assets}): by the name of its copy beside the outputs.
 */
final class Photos {

  static final Path ASSETS = Path.of("src/main/cv-assets");

  private Photos() {}

  /** The photo's copy, keyed by file name as the page names it; empty when there is none. */
  static Map<String, byte[]> of(Resume cv) {
    String image = cv.basics() == null ? null : cv.basics().image();
    if (!PhotoFiles.isProjectFile(image)) {
      return Map.of();
    }
    try {
      return Map.of(PhotoFiles.fileName(image), Files.readAllBytes(ASSETS.resolve(image)));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
