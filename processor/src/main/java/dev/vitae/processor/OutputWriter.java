package dev.vitae.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes one CV's rendered documents as {@code <name>/<name>.<extension>}: into the directory
 * given by the {@code vitae.output} option, or else into the class output under {@code cv/}.
 * Every document is rendered before the first byte is written, and each file is written to a
 * temporary name and then moved into place, so no reader ever sees half a file. Every path
 * goes through {@link OutputFolder}'s guard.
 */
final class OutputWriter {

  static final String OPTION = "vitae.output";
  private static final String CLASS_OUTPUT_FOLDER = "cv";

  private final OutputFolder directory;
  private final Filer filer;
  private final Set<String> extensions;

  OutputWriter(String directory, Filer filer, Set<String> extensions) {
    this.directory = directory == null ? null : new OutputFolder(Path.of(directory), extensions);
    this.filer = filer;
    this.extensions = Set.copyOf(extensions);
  }

  /** Writes {@code documents}, keyed by file name, for the CV called {@code name}. */
  void write(String name, Map<String, byte[]> documents) throws IOException {
    if (directory != null) {
      directory.write(name, documents);
      return;
    }
    OutputFolder onDisk = classOutputOnDisk(name); // before the Filer has opened any file
    List<FileObject> written = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> document : documents.entrySet()) {
        written.add(writeToClassOutput(name, document.getKey(), document.getValue()));
      }
    } catch (IOException | RuntimeException failure) {
      written.forEach(FileObject::delete);
      deleteStale(name);
      throw failure;
    }
    if (onDisk != null) {
      // the files just written are kept: only those of earlier sets go
      onDisk.deleteAllBut(name, documents.keySet());
    }
  }

  /** Removes the outputs an earlier version of the CV left, so none outlives an error. */
  void deleteStale(String name) throws IOException {
    OutputFolder folder = directory != null ? directory : classOutputOnDisk(name);
    if (folder != null) {
      folder.deleteAll(name);
    }
  }

  /**
   * Records the CVs just {@code written} (by name, with their source files) in the output
   * folder's {@link OutputIndex}, and removes the outputs of the CVs it lists that are gone:
   * renamed or removed in a source file of this compilation ({@code compiled}), or whose file
   * was deleted.
   */
  void updateIndex(Map<String, URI> written, Set<URI> compiled) throws IOException {
    OutputFolder folder = directory != null ? directory : classOutputRoot();
    if (folder == null) {
      return;
    }
    OutputIndex index = OutputIndex.of(folder.root());
    for (String gone : index.removeGone(written.keySet(), compiled)) {
      folder.remove(gone);
    }
    written.forEach(index::wrote);
    index.save();
  }

  private FileObject writeToClassOutput(String name, String file, byte[] content)
      throws IOException {
    OutputFolder.requireFileName(name);
    OutputFiles.requireRelativeName(file);
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
        CLASS_OUTPUT_FOLDER + "/" + name + "/" + file);
    try (OutputStream out = resource.openOutputStream()) {
      out.write(content);
    }
    return resource;
  }

  /** The class output's {@code cv/} folder when it is a folder on disk (not in memory). */
  private OutputFolder classOutputRoot() throws IOException {
    URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "",
        CLASS_OUTPUT_FOLDER + "/" + OutputIndex.FILE).toUri();
    return "file".equals(uri.getScheme())
        ? new OutputFolder(Path.of(uri).getParent(), extensions) : null;
  }

  /** The class output's {@code cv/} folder when it is a folder on disk (not in memory). */
  private OutputFolder classOutputOnDisk(String name) throws IOException {
    OutputFolder.requireFileName(name);
    // a name without extension, which the Filer never opens, in the CV's folder
    URI uri = filer.getResource(StandardLocation.CLASS_OUTPUT, "",
        CLASS_OUTPUT_FOLDER + "/" + name + "/" + name).toUri();
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    return new OutputFolder(Path.of(uri).getParent().getParent(), extensions);
  }
}
