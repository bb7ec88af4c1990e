package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.vitae.processor.CvSources.cv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outputs are readable by all: files 0644, the folders Vitae creates 0755. */
class PermissionsTest {

  @Test
  void outputsAreReadableByAll(@TempDir Path directory) throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "no POSIX permissions on this file system");
    Path out = directory.resolve("target").resolve("cv");
    assertThat(javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + out)
        .compile(cv("Vitae.cv().basics(b -> b.name(\"Jane Doe\")).build()"))).succeeded();
    assertEquals("rwxr-xr-x", permissions(out.getParent()));
    assertEquals("rwxr-xr-x", permissions(out));
    assertEquals("rwxr-xr-x", permissions(out.resolve("jane")));
    try (Stream<Path> files = Files.list(out.resolve("jane"))) {
      for (Path file : files.toList()) {
        assertEquals("rw-r--r--", permissions(file), file.toString());
      }
    }
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
