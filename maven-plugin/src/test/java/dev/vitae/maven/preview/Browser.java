package dev.vitae.maven.preview;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What a page of the preview does over HTTP: load pages, and wait for the next build. */
final class Browser {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  Browser(URI base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The body of a page that must be there. */
  String page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response.body();
  }

  /** The latest build's number, at once. */
  long currentBuild() throws IOException, InterruptedException {
    return Long.parseLong(page(Pages.CHANGES_PATH.substring(1) + "?since=-1"));
  }

  /** Waits, as the reload script does, for a build other than {@code seen}; its number. */
  long awaitBuildAfter(long seen) throws IOException, InterruptedException {
    long build = Long.parseLong(page(Pages.CHANGES_PATH.substring(1) + "?since=" + seen));
    if (build == seen) {
      throw new AssertionError("no build within the long poll after build " + seen);
    }
    return build;
  }
}
