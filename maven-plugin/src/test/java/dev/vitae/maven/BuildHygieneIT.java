package dev.vitae.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a real Maven build of a CV project leaves in target/cv when the author renames a CV,
 * deletes the outputs, or has a test CV of the same name: exactly the current outputs, each
 * readable by all.
 */
class BuildHygieneIT {

  private static final String MY_CV = "src/main/java/com/example/cv/MyCv.java";

  private static Path generated;

  @TempDir Path directory;

  @BeforeAll
  static void generateAProject() throws Exception {
    generated = ArchetypeProject.generated();
  }

  @Test
  void aRenamedCvLeavesOnlyItsNewOutputsEachReadableByAll() throws Exception {
    Path project = ArchetypeProject.copy(generated, directory);
    assertEquals(0, Maven.run(project, "-q", "package", "-DskipTests").status());
    assertEquals(List.of("jane-cv"), cvFolders(project));
    // under umask 022, as a web server's files are
    assertEquals("rw-r--r--", permissions(project.resolve("target/cv/jane-cv/jane-cv.html")));
    assertEquals("rwxr-xr-x", permissions(project.resolve("target/cv/jane-cv")));

    Path source = project.resolve(MY_CV);
    Files.writeString(source, read(source).replace("@Cv(\"jane-cv\")", "@Cv(\"jane-doe\")"));
    Maven.Result renamed = Maven.run(project, "package", "-DskipTests");
    assertEquals(0, renamed.status(), renamed.log());
    assertEquals(List.of("jane-doe"), cvFolders(project));
  }

  @Test
  void aTestCvOfTheSameNameWritesToAFolderOfItsOwn() throws Exception {
    Path project = ArchetypeProject.copy(generated, directory);
    Path testCv = project.resolve("src/test/java/com/example/cv/TestCv.java");
    Files.writeString(testCv, """
        package com.example.cv;
        import dev.vitae.dsl.Cv;
        import dev.vitae.dsl.Vitae;
        import dev.vitae.dsl.model.Resume;
        final class TestCv {
          @Cv("jane-cv") static Resume cv() {
            return Vitae.cv().basics(b -> b.name("Test Person")).build();
          }
        }
        """);
    Maven.Result result = Maven.run(project, "package", "-DskipTests");
    assertEquals(0, result.status(), result.log());
    assertTrue(read(project.resolve("target/cv/jane-cv/jane-cv.html")).contains("Jane Doe"));
    assertTrue(read(project.resolve("target/test-classes/cv/jane-cv/jane-cv.html"))
        .contains("Test Person"));
    assertFalse(result.log().contains("not recognized by any processor"), result.log());
  }

  @Test
  void deletedOutputsComeBackWithTheCommandTheReadmeGives() throws Exception {
    Path project = ArchetypeProject.copy(generated, directory);
    assertEquals(0, Maven.run(project, "-q", "package", "-DskipTests").status());
    deleteTree(project.resolve("target/cv"));
    Maven.Result again = Maven.run(project, "package", "-DskipTests");
    assertEquals(0, again.status(), again.log());
    // what the README's Outputs section says: no changed source, nothing compiled
    assertTrue(again.log().contains("Nothing to compile"), again.log());
    assertFalse(Files.exists(project.resolve("target/cv")));
    assertEquals(0, Maven.run(project, "-q", "clean", "package", "-DskipTests").status());
    assertTrue(Files.isRegularFile(project.resolve("target/cv/jane-cv/jane-cv.html")));
  }

  private static List<String> cvFolders(Path project) throws IOException {
    try (Stream<Path> folders = Files.list(project.resolve("target/cv"))) {
      return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList();
    }
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
