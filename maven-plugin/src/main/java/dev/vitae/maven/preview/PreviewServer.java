package dev.vitae.maven.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Serves the published outputs on 127.0.0.1 with the JDK's HTTP server: {@code /} lists the
 * CVs, {@code /<cv>/<file>} is a file of target/cv, and HTML pages come with the reload script,
 * or as the error page while the latest build failed.
 */
final class PreviewServer implements Closeable {

  private static final Duration LONG_POLL = Duration.ofSeconds(25);

  /** Text formats as plain text, so that the browser shows them instead of saving them. */
  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "tex", "text/plain; charset=utf-8",
      "md", "text/plain; charset=utf-8",
      "txt", "text/plain; charset=utf-8",
      "pdf", "application/pdf");

  private final Path outputs;
  private final BuildStatus status;
  private final HttpServer server;
  private final ExecutorService threads;

  /** Starts serving; port 0 takes a free one. */
  PreviewServer(int port, Path outputs, BuildStatus status) throws IOException {
    this.outputs = outputs.toAbsolutePath().normalize();
    this.status = status;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    // A thread per request: each open page keeps one waiting for the next build.
    threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "vitae-preview-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext(Pages.CHANGES_PATH, this::answerChanges);
    server.createContext("/", this::answerPage);
    server.start();
  }

  /** The address pages are served at, such as {@code http://127.0.0.1:8000/}. */
  URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void answerChanges(HttpExchange exchange) throws IOException {
    try (exchange) {
      long seen = sinceParameter(exchange.getRequestURI());
      long build;
      try {
        build = status.awaitBuildOtherThan(seen, LONG_POLL);
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
        return;
      }
      send(exchange, 200, "text/plain; charset=utf-8", Long.toString(build));
    }
  }

  private void answerPage(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, "text/plain; charset=utf-8", "only GET");
        return;
      }
      long build = status.number();
      String errors = status.errors();
      boolean isPage = path.equals("/") || path.endsWith(".html");
      if (isPage && errors != null) {
        send(exchange, 200, CONTENT_TYPES.get("html"),
            Pages.withReloadScript(Pages.errors(errors), build));
      } else if (path.equals("/")) {
        send(exchange, 200, CONTENT_TYPES.get("html"),
            Pages.withReloadScript(Pages.index(publishedFiles()), build));
      } else {
        sendFile(exchange, path, build);
      }
    }
  }

  private void sendFile(HttpExchange exchange, String path, long build) throws IOException {
    Path file = outputs.resolve(path.substring(1)).normalize();
    if (!file.startsWith(outputs) || !Files.isRegularFile(file)) {
      send(exchange, 404, "text/plain; charset=utf-8", "not found: " + path);
      return;
    }
    String extension = file.getFileName().toString()
        .substring(file.getFileName().toString().lastIndexOf('.') + 1);
    String type = CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    if (extension.equals("html")) {
      String html = Files.readString(file, StandardCharsets.UTF_8);
      send(exchange, 200, type, Pages.withReloadScript(html, build));
    } else {
      send(exchange, 200, type, Files.readAllBytes(file));
    }
  }

  /** The published files, as paths below the server's root: {@code jane/jane.html}. */
  private List<String> publishedFiles() throws IOException {
    if (!Files.isDirectory(outputs)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(outputs)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> outputs.relativize(file).toString().replace('\\', '/'))
          .filter(file -> !file.endsWith(".tmp"))
          .sorted()
          .toList();
    }
  }

  private static long sinceParameter(URI uri) {
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    for (String parameter : query.split("&")) {
      if (parameter.startsWith("since=")) {
        try {
          return Long.parseLong(parameter.substring("since=".length()));
        } catch (NumberFormatException notANumber) {
          return -1;
        }
      }
    }
    return -1;
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
