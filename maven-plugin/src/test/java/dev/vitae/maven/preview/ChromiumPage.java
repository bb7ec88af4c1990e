package dev.vitae.maven.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One page in Debian's headless Chromium, driven over the DevTools protocol: the page stays
 * open while the test edits the CV, so what it shows after an edit is the work of the
 * preview's reload script alone.
 */
final class ChromiumPage implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String LISTENING = "DevTools listening on ";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final Process chromium;
  private final WebSocket socket;

  /** Starts Chromium with a throw-away profile and connects to its blank page. */
  ChromiumPage(Path program, Path profile) throws Exception {
    chromium = new ProcessBuilder(program.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      URI browser = CompletableFuture.supplyAsync(this::devToolsAddress)
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      socket = http.newWebSocketBuilder()
          .buildAsync(pageAddress(browser), new Replies())
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      close();
      throw e;
    }
  }

  void navigate(URI url) throws Exception {
    ObjectNode params = json.createObjectNode().put("url", url.toString());
    call("Page.navigate", params);
  }

  /** The value of a JavaScript expression in the page, as text. */
  String evaluate(String expression) throws Exception {
    ObjectNode params = json.createObjectNode()
        .put("expression", expression).put("returnByValue", true);
    return call("Runtime.evaluate", params).path("result").path("value").asText();
  }

  /** Waits until the expression gives {@code expected}; how long that took, in ms. */
  long awaitValue(String expression, String expected) throws Exception {
    long start = System.nanoTime();
    long deadline = start + TIMEOUT.toNanos();
    String value = evaluate(expression);
    while (!value.equals(expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the page's " + expression + " stayed " + value
            + " instead of becoming " + expected);
      }
      Thread.sleep(10);
      value = evaluate(expression);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(json.writeValueAsString(message), true).get();
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** Chromium's first line on standard error names its DevTools address; the rest drains. */
  private URI devToolsAddress() {
    BufferedReader errors = new BufferedReader(
        new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8));
    try {
      for (String line = errors.readLine(); line != null; line = errors.readLine()) {
        if (line.startsWith(LISTENING)) {
          Thread drain = new Thread(() -> errors.lines().forEach(ignored -> { }));
          drain.setDaemon(true);
          drain.start();
          return URI.create(line.substring(LISTENING.length()).trim());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading chromium's output", e);
    }
    throw new IllegalStateException("chromium exited without a DevTools address");
  }

  /** The DevTools address of the page Chromium opened. */
  private URI pageAddress(URI browser) throws Exception {
    URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
    String body = http.send(HttpRequest.newBuilder(list).timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    for (JsonNode target : json.readTree(body)) {
      if (target.path("type").asText().equals("page")) {
        return URI.create(target.get("webSocketDebuggerUrl").asText());
      }
    }
    throw new IllegalStateException("chromium has no page: " + body);
  }

  /** Completes each call with its reply; events, which have no id, are not needed. */
  private final class Replies implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode message = json.readTree(partial.toString());
          CompletableFuture<JsonNode> reply = replies.remove(message.path("id").asInt(-1));
          if (reply != null) {
            reply.complete(message);
          }
        } catch (IOException e) {
          replies.values().forEach(reply -> reply.completeExceptionally(e));
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    chromium.descendants().forEach(ProcessHandle::destroyForcibly);
    chromium.destroyForcibly();
  }
}
