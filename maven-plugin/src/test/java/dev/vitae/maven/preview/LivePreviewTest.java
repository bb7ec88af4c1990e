package dev.vitae.maven.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vitae:watch's preview against a real project, compiled by javac with Vitae's processor. */
class LivePreviewTest {

  @TempDir Path directory;

  private final RecordingLog log = new RecordingLog();
  private CvProject project;
  private LivePreview preview;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    project = CvProject.jane(directory);
    preview = project.startPreview(log);
    browser = new Browser(preview.address());
  }

  @AfterEach
  void stop() throws Exception {
    preview.close();
  }

  @Test
  void servesOnTheLoopbackAddressOnly() {
    assertEquals("127.0.0.1", preview.address().getHost());
  }

  @Test
  void theIndexListsTheOutputs() throws Exception {
    String index = browser.page("");
    assertTrue(index.contains("href=\"/jane/jane.html\""), index);
    assertTrue(index.contains("href=\"/jane/jane.json\""), index);
    assertTrue(index.contains("href=\"/jane/jane.tex\""), index);
  }

  @Test
  void servedPagesReloadButTheFilesOnDiskHaveNoScript() throws Exception {
    String page = browser.page("jane/jane.html");
    assertTrue(page.contains("Jane Doe"), page);
    assertTrue(page.contains(Pages.CHANGES_PATH), "no reload script: " + page);
    String onDisk = read(project.outputs().resolve("jane/jane.html"));
    assertFalse(onDisk.contains(Pages.CHANGES_PATH), onDisk);
    assertEquals(read(project.outputs().resolve("jane/jane.json")),
        browser.page("jane/jane.json"));
    assertEquals("text/plain; charset=utf-8", browser.get("jane/jane.tex").headers()
        .firstValue("Content-Type").orElseThrow());
  }

  @Test
  void anEditReachesThePage() throws Exception {
    long before = browser.currentBuild();
    project.edit("Jane Doe", "Janet Doe");
    browser.awaitBuildAfter(before);
    String page = browser.page("jane/jane.html");
    assertTrue(page.contains("Janet Doe"), page);
    assertTrue(read(project.outputs().resolve("jane/jane.html")).contains("Janet Doe"));
  }

  @Test
  void aBrokenEditShowsTheErrorsAndKeepsTheLastGoodOutputs() throws Exception {
    String good = read(project.outputs().resolve("jane/jane.html"));
    long before = browser.currentBuild();
    project.edit(".start(2021, FEBRUARY)", ".start(2021, 13)");
    long broken = browser.awaitBuildAfter(before);

    String page = browser.page("jane/jane.html");
    assertTrue(page.contains("The CV does not compile"), page);
    // javac's own format: file, line, the tag, the source line.
    assertTrue(page.contains("Jane.java:14: error: [vitae:date]"), page);
    assertTrue(page.contains("w.name(&quot;Example Corp&quot;).start(2021, 13)"), page);
    assertTrue(log.errors().contains("Jane.java:14: error: [vitae:date]"), log.errors());
    assertEquals(good, read(project.outputs().resolve("jane/jane.html")));

    project.edit(".start(2021, 13)", ".start(2021, MARCH)");
    browser.awaitBuildAfter(broken);
    page = browser.page("jane/jane.html");
    assertFalse(page.contains("does not compile"), page);
    assertTrue(page.contains("<time datetime=\"2021-03\">"), page);
  }

  @Test
  void aSyntaxErrorIsShownAsJavacPrintsIt() throws Exception {
    long before = browser.currentBuild();
    project.edit(".build();", ".build()");
    browser.awaitBuildAfter(before);
    String page = browser.page("");
    assertTrue(page.contains("Jane.java:16: error: ';' expected"), page);
  }

  @Test
  void filesOutsideTheOutputsAreNotServed() throws Exception {
    assertEquals(404, browser.get("jane/missing.html").statusCode());
    assertEquals(404, browser.get("..%2F..%2Fsrc/main/java/me/Jane.java").statusCode());
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
