package dev.vitae.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes one CV's rendered documents as {@code <name>/<name>.<extension>}: into the directory
 * given by the {@code vitae.output} option, or else into the class output under {@code cv/}.
 * Every document is rendered before the first byte is written, and each file is written to a
 * temporary name and then moved into place, so no reader ever sees half a file.
 */
final class OutputWriter {

  static final String OPTION = "vitae.output";

  private final Path directory;
  private final Filer filer;

  OutputWriter(String directory, Filer filer) {
    this.directory = directory == null ? null : Path.of(directory);
    this.filer = filer;
  }

  /** Writes {@code documents}, keyed by file name, for the CV called {@code name}. */
  void write(String name, Map<String, String> documents) throws IOException {
    for (Map.Entry<String, String> document : documents.entrySet()) {
      String file = document.getKey();
      if (directory == null) {
        writeToClassOutput("cv/" + name + "/" + file, document.getValue());
      } else {
        writeAtomically(directory.resolve(name).resolve(file), document.getValue());
      }
    }
  }

  /** Removes outputs an earlier, valid version of the CV left, so none outlives an error. */
  void deleteStale(String name) throws IOException {
    Path folder = directory == null ? null : directory.resolve(name);
    if (folder == null || !Files.isDirectory(folder)) {
      return; // the class output is cleaned by the build tool
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + "."))
          .toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void writeAtomically(Path target, String content) throws IOException {
    ReadableByAll.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      ReadableByAll.file(temporary); // createTempFile makes it 0600
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void writeToClassOutput(String relativeName, String content) throws IOException {
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", relativeName);
    try (OutputStream out = resource.openOutputStream()) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
