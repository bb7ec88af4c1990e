package dev.vitae.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What earlier compilations wrote into an output folder: each CV's name, and the source file
 * whose {@code @Cv} method declared it, one {@code name<TAB>uri} line each, in the file
 * {@value #FILE}. With it a CV that was renamed or removed loses its outputs: a compilation
 * that compiled its source file without writing it, or finds the file gone, removes them.
 * A source file this compilation did not see (an IDE compiles only what changed) keeps its CVs.
 */
final class OutputIndex {

  static final String FILE = ".vitae-index";

  private final Path file;
  private final Map<String, URI> sources;

  private OutputIndex(Path file, Map<String, URI> sources) {
    this.file = file;
    this.sources = sources;
  }

  /** The index of {@code folder}; empty when there is none yet, or it cannot be read. */
  static OutputIndex of(Path folder) {
    Path file = folder.resolve(FILE);
    Map<String, URI> sources = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          sources.put(line.substring(0, tab), URI.create(line.substring(tab + 1)));
        }
      }
    } catch (IOException | IllegalArgumentException unreadable) {
      // none yet, or damaged: start afresh (outputs of CVs it listed then stay, as before)
    }
    return new OutputIndex(file, sources);
  }

  /** The CV called {@code name} was just written from {@code source}. */
  void wrote(String name, URI source) {
    sources.put(name, source);
  }

  /**
   * The CVs of earlier compilations that are gone: their source file was compiled now and
   * did not write them ({@code written}), or no longer exists. They leave the index.
   */
  List<String> removeGone(Set<String> written, Set<URI> compiled) {
    List<String> gone = new ArrayList<>();
    sources.entrySet().removeIf(entry -> {
      URI source = entry.getValue();
      boolean isGone = !written.contains(entry.getKey())
          && (compiled.contains(source) || isDeletedFile(source));
      if (isGone) {
        gone.add(entry.getKey());
      }
      return isGone;
    });
    return gone;
  }

  /** Writes the index in place of the old one, readable by all, in one move. */
  void save() throws IOException {
    if (sources.isEmpty() && !Files.exists(file)) {
      return; // nothing was ever written here
    }
    StringBuilder lines = new StringBuilder();
    sources.forEach((name, source) -> lines.append(name).append('\t').append(source)
        .append('\n'));
    ReadableByAll.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
    try {
      Files.writeString(temporary, lines, StandardCharsets.UTF_8);
      ReadableByAll.file(temporary);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static boolean isDeletedFile(URI source) {
    return "file".equals(source.getScheme()) && !Files.exists(Path.of(source));
  }
}
