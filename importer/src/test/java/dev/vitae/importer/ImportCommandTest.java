package dev.vitae.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer on the command line: source on standard output, or status 2 and a usage line. */
class ImportCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path directory;

  @Test
  void writesTheSourceToStandardOutput() throws IOException {
    Path resume = write("resume.json", "{\"basics\": {\"name\": \"Jane Doe\"}}");
    assertEquals(0, run(resume.toString(), "com.example.JaneDoe"));
    assertTrue(out().startsWith("package com.example;\n"), out());
    assertTrue(out().contains("@Cv(\"jane-doe\")\n  static Resume janeDoe() {"), out());
    assertEquals("", err());
  }

  @Test
  void takesTheCvsNameWhenGiven() throws IOException {
    Path resume = write("resume.json", "{\"basics\": {\"name\": \"Jane Doe\"}}");
    assertEquals(0, run(resume.toString(), "JaneDoe", "senior-engineer"));
    assertTrue(out().contains("@Cv(\"senior-engineer\")\n  static Resume seniorEngineer() {"),
        out());
    assertTrue(!out().contains("package"), "no package: " + out());
  }

  @Test
  void helpGoesToStandardOutputWithStatusZero() {
    assertEquals(0, run("--help"));
    assertTrue(out().startsWith(ImportCommand.USAGE_LINE + "\n"), out());
    assertTrue(out().contains("cv-name"), out());
    assertEquals("", err());
    out.reset();
    assertEquals(0, run("-h"));
    assertEquals(ImportCommand.HELP, out());
  }

  @Test
  void tooFewOrTooManyArguments() {
    assertUsage(2, run());
    assertUsage(2, run("resume.json"));
    assertUsage(2, run("resume.json", "com.example.Jane", "jane", "extra"));
    assertTrue(err().contains("expected 2 or 3 arguments, got 1"), err());
  }

  @Test
  void aFileThatCannotBeRead() {
    assertUsage(2, run(directory.resolve("missing.json").toString(), "com.example.Jane"));
    assertTrue(err().contains("cannot read"), err());
  }

  @Test
  void aFileThatIsNoJson() throws IOException {
    Path resume = write("resume.json", "{\"basics\": ");
    assertUsage(2, run(resume.toString(), "com.example.Jane"));
    assertTrue(err().contains("not valid JSON"), err());
  }

  @Test
  void aDocumentThatIsNoObject() throws IOException {
    Path resume = write("resume.json", "[1, 2]");
    assertUsage(2, run(resume.toString(), "com.example.Jane"));
    assertTrue(err().contains("the top level must be a JSON object"), err());
  }

  @Test
  void aDocumentWithAFieldTwice() throws IOException {
    Path resume = write("resume.json", "{\"basics\": {\"name\": \"A\", \"name\": \"B\"}}");
    assertUsage(2, run(resume.toString(), "com.example.Jane"));
    assertTrue(err().contains("Duplicate field 'name'"), err());
  }

  @Test
  void namesThatJavaCannotUse() throws IOException {
    Path resume = write("resume.json", "{}");
    assertUsage(2, run(resume.toString(), "com.example.class"));
    assertUsage(2, run(resume.toString(), "com..example.Jane"));
    assertUsage(2, run(resume.toString(), "com.example.Jane", " "));
    assertTrue(err().contains("\"class\" is not a class name"), err());
  }

  @Test
  void methodNamesFollowTheCvsName() {
    assertEquals("seniorEngineer", JavaFileAssembler.methodName("senior-engineer"));
    assertEquals("janeDoe2", JavaFileAssembler.methodName("Jane Doe 2"));
    assertEquals("cv", JavaFileAssembler.methodName("2025"));
    assertEquals("cv", JavaFileAssembler.methodName("class"));
    assertEquals("jane-doe", ImportCommand.kebabCase("JaneDoe"));
    assertEquals("cv2025", ImportCommand.kebabCase("Cv2025"));
  }

  private void assertUsage(int expected, int status) {
    assertEquals(expected, status);
    assertTrue(err().contains(ImportCommand.USAGE_LINE), err());
    assertEquals("", out());
  }

  private int run(String... args) {
    return new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
