package dev.vitae.maven.preview;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code vitae:watch} runs: compiles the CV sources at the start and after every save,
 * publishes the outputs of each good build to the outputs directory, and serves them with
 * pages that reload themselves after the next build.
 */
public final class LivePreview implements Closeable {

  /** How often the sources are compared; half of it is the average wait after a save. */
  private static final long POLL_MILLIS = 20;

  private final SourceTree sources;
  private final CvCompiler compiler;
  private final PublishedOutputs published;
  private final Path work;
  private final PreviewLog log;
  private final BuildStatus status = new BuildStatus();
  private final PreviewServer server;
  private final Thread watcher;
  private volatile boolean running = true;

  /**
   * Builds once and starts serving on 127.0.0.1:{@code port} (0 for a free port).
   *
   * @param sourceDirectory the CV's sources, src/main/java
   * @param classPath what they compile against
   * @param outputs where good builds' outputs go, target/cv
   * @param work a directory of the preview's own, for class files and staged outputs
   */
  public static LivePreview start(Path sourceDirectory, List<Path> classPath, Path outputs,
      Path work, int port, PreviewLog log) throws IOException {
    return new LivePreview(sourceDirectory, classPath, outputs, work, port, log);
  }

  private LivePreview(Path sourceDirectory, List<Path> classPath, Path outputs, Path work,
      int port, PreviewLog log) throws IOException {
    this.sources = new SourceTree(sourceDirectory);
    this.compiler = new CvCompiler(classPath);
    this.published = new PublishedOutputs(outputs);
    this.work = work;
    this.log = log;
    List<String> fingerprint = sources.fingerprint();
    try {
      build(fingerprint);
      this.server = new PreviewServer(port, outputs, status);
    } catch (IOException | RuntimeException notStarted) {
      compiler.close();
      throw notStarted;
    }
    this.watcher = new Thread(() -> watch(fingerprint), "vitae-preview-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** The index page's address. */
  public URI address() {
    return server.address();
  }

  private void watch(List<String> built) {
    List<String> last = built;
    while (running) {
      try {
        Thread.sleep(POLL_MILLIS);
        List<String> now = sources.fingerprint();
        if (!now.equals(last)) {
          last = now;
          build(now);
        }
      } catch (InterruptedException stopping) {
        return;
      } catch (IOException | RuntimeException problem) {
        // A file deleted or locked mid-save: the next look will see it settled.
        log.error("Vitae preview: " + problem);
      }
    }
  }

  /** Compiles the sources as {@code fingerprint} found them. */
  private void build(List<String> fingerprint) throws IOException {
    long start = System.nanoTime();
    List<Path> files = sources.javaFiles();
    if (files.isEmpty()) {
      status.record("no Java sources to compile");
      log.error("Vitae preview: no Java sources to compile");
      return;
    }
    Path staged = fresh(work.resolve("outputs"));
    CvCompiler.Compilation compilation = compiler.compile(files, work.resolve("classes"), staged);
    if (compilation.succeeded()) {
      published.publish(staged);
      status.record(null);
      if (!compilation.messages().isBlank()) {
        log.info(compilation.messages().stripTrailing());
      }
      log.info("Vitae preview: built in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    } else if (!sources.fingerprint().equals(fingerprint)) {
      // Saved again while javac ran, or read half written by an editor that saves in place:
      // these errors may be gone already, and the next build, due now, will tell.
      log.info("Vitae preview: the sources changed during the build; building again");
    } else {
      status.record(compilation.messages());
      log.error(compilation.messages().stripTrailing());
      log.info("Vitae preview: errors; " + published.directory() + " keeps the last good CV");
    }
  }

  private static Path fresh(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> walk = Files.walk(directory)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(directory);
  }

  @Override
  public void close() throws IOException {
    // No interrupt: javac reads the class path's jars through interruptible channels, and an
    // interrupt in the middle of a compilation would close them.
    running = false;
    try {
      watcher.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close();
    compiler.close();
  }
}
