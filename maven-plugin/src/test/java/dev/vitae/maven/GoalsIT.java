package dev.vitae.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's goals as a CV author uses them, on a project generated from Vitae's archetype:
 * vitae:import then mvn package, vitae:help, and vitae:watch serving the CV.
 */
class GoalsIT {

  private static final String MY_CV = "src/main/java/com/example/cv/MyCv.java";

  private static Path generated;

  @TempDir Path directory;

  @BeforeAll
  static void generateAProject() throws Exception {
    generated = ArchetypeProject.generated();
  }

  @Test
  void importThenPackage() throws Exception {
    Path project = copyOfTheProject();
    Files.writeString(project.resolve("resume.json"), """
        {"basics": {"name": "Ada Imported", "email": "ada@example.com"},
         "work": [{"name": "Analytical Engines", "position": "Programmer",
                   "startDate": "2021-6", "endDate": "2023-11"}]}
        """, StandardCharsets.UTF_8);
    Maven.Result result = Maven.run(project, "vitae:import", "-Dfile=resume.json",
        "-Dclass=com.example.cv.AdaCv", "-Dname=ada", "package");
    assertEquals(0, result.status(), result.log());

    String source = read(project.resolve("src/main/java/com/example/cv/AdaCv.java"));
    assertTrue(source.contains("@Cv(\"ada\")"), source);
    assertTrue(source.contains(".start(2021, JUNE).end(2023, NOVEMBER)"), source);
    assertTrue(read(project.resolve("target/cv/ada/ada.html")).contains("Ada Imported"));
    assertTrue(Files.isRegularFile(project.resolve("target/cv/ada/ada.json")));
    assertTrue(Files.isRegularFile(project.resolve("target/cv/jane-cv/jane-cv.tex")));
    assertFalse(result.log().contains("not recognized by any processor"), result.log());

    Maven.Result again = Maven.run(project, "vitae:import", "-Dfile=resume.json",
        "-Dclass=com.example.cv.AdaCv");
    assertNotEquals(0, again.status());
    assertTrue(again.log().contains("AdaCv.java exists; add -Dforce to replace it"),
        again.log());

    Files.writeString(project.resolve("resume.json"),
        "{\"basics\": {\"name\": \"Ada Forced\"}}", StandardCharsets.UTF_8);
    Maven.Result forced = Maven.run(project, "vitae:import", "-Dfile=resume.json",
        "-Dclass=com.example.cv.AdaCv", "-Dname=ada", "-Dforce");
    assertEquals(0, forced.status(), forced.log());
    assertTrue(read(project.resolve("src/main/java/com/example/cv/AdaCv.java"))
        .contains("Ada Forced"));
  }

  @Test
  void helpListsTheGoals() throws Exception {
    Maven.Result result = Maven.run(copyOfTheProject(), "vitae:help");
    assertEquals(0, result.status(), result.log());
    for (String goal : new String[] {"vitae:help", "vitae:import", "vitae:watch"}) {
      assertTrue(result.log().contains(goal), goal + " is not listed: " + result.log());
    }
  }

  @Test
  void watchServesTheCvAndFollowsAnEdit() throws Exception {
    Path project = copyOfTheProject();
    int port = freePort();
    Process watch = Maven.start(project, "vitae:watch", "-Dport=" + port);
    try {
      URI index = URI.create("http://127.0.0.1:" + port + "/");
      awaitLine(project, "Vitae preview at " + index, watch);
      HttpClient http = HttpClient.newHttpClient();
      assertTrue(get(http, index).contains("href=\"/jane-cv/jane-cv.html\""));
      URI page = index.resolve("jane-cv/jane-cv.html");
      assertTrue(get(http, page).contains("Jane Doe"));

      String build = get(http, index.resolve("__vitae/changes?since=-1"));
      Path source = project.resolve(MY_CV);
      Files.writeString(source, read(source).replace("Jane Doe", "Janet Doe"));
      String next = get(http, index.resolve("__vitae/changes?since=" + build));
      assertNotEquals(build, next, "no build after the edit");
      assertTrue(get(http, page).contains("Janet Doe"), "the page missed the edit");
    } finally {
      watch.descendants().forEach(ProcessHandle::destroy);
      watch.destroy();
    }
  }

  /** Waits for the running goal to print {@code text}; fails if Maven ends first. */
  private static void awaitLine(Path project, String text, Process maven) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!Maven.log(project).contains(text)) {
      assertTrue(maven.isAlive(), "Maven ended: " + Maven.log(project));
      assertTrue(System.nanoTime() < deadline, "no \"" + text + "\": " + Maven.log(project));
      Thread.sleep(100);
    }
  }

  private static String get(HttpClient http, URI uri) throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), uri + ": " + response.body());
    return response.body();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Each test works on its own copy of the generated project. */
  private Path copyOfTheProject() throws IOException {
    return ArchetypeProject.copy(generated, directory);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
