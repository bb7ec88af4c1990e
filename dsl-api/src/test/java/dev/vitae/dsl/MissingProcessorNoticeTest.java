package dev.vitae.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that compiles a @Cv method against dsl-api without Vitae's processor is told so,
 * by a real javac that finds the notice on the processor path as it would on the class path.
 */
class MissingProcessorNoticeTest {

  @TempDir Path folder;

  @Test
  void withoutTheProcessorACvMethodGetsOneWarningAndTheBuildGoesOn() throws Exception {
    Path sources = cvSources();
    String printed = javac(dslApi().toString(), "-d", folder.resolve("out").toString(),
        sources.resolve("Jane.java").toString());
    assertEquals(1, printed.split("\\[vitae:unchecked\\]", -1).length - 1, printed);
    assertTrue(printed.contains("Jane.java:5: warning: [vitae:unchecked] Vitae's annotation"
        + " processor is not on this compilation's processor path"), printed);
  }

  @Test
  void besideTheProcessorTheNoticeIsSilent() throws Exception {
    Path sources = cvSources();
    Path processor = folder.resolve("processor");
    Path stub = folder.resolve("stub/dev/vitae/processor/VitaeProcessor.java");
    Files.createDirectories(stub.getParent());
    Files.writeString(stub, "package dev.vitae.processor; public class VitaeProcessor {}");
    javac(dslApi().toString(), "-d", processor.toString(), stub.toString());
    String printed = javac(dslApi() + java.io.File.pathSeparator + processor, "-d",
        folder.resolve("out").toString(), sources.resolve("Jane.java").toString());
    assertEquals("", printed);
  }

  private Path cvSources() throws IOException {
    Path sources = folder.resolve("src");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("Jane.java"), """
        import dev.vitae.dsl.Cv;
        import dev.vitae.dsl.Vitae;
        import dev.vitae.dsl.model.Resume;
        final class Jane {
          @Cv static Resume jane() {
            return Vitae.cv().basics(b -> b.name("Jane Doe")).build();
          }
          @Cv static Resume janet() {
            return Vitae.cv().basics(b -> b.name("Janet Doe")).build();
          }
        }
        """);
    return sources;
  }

  /** Runs javac with {@code path} as class path and processor path; what it printed. */
  private static String javac(String path, String... arguments) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String[] all = new String[arguments.length + 4];
    all[0] = "-classpath";
    all[1] = path;
    all[2] = "-processorpath";
    all[3] = path;
    System.arraycopy(arguments, 0, all, 4, arguments.length);
    int status = ToolProvider.getSystemJavaCompiler().run(null, null,
        new PrintStream(printed, true, StandardCharsets.UTF_8), all);
    String output = printed.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, output);
    return output;
  }

  private static Path dslApi() throws URISyntaxException {
    return Path.of(Cv.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
