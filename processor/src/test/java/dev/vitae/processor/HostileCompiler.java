package dev.vitae.processor;

import static com.google.testing.compile.Compiler.javac;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles one generated source in a sandbox of its own ({@code <sandbox>/out} is the output
 * folder) and checks what every compilation must do, whatever the input: javac ends normally
 * (compile-testing throws when javac or a processor crashes), no {@code [vitae:internal]}, no
 * file anywhere in the sandbox outside the output folder, and every JSON output parses.
 */
final class HostileCompiler {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What is kept per class of input: cases tried and failures, printed after the suite. */
  static final Map<String, int[]> TALLY = new TreeMap<>();

  final Path sandbox;
  final Path output;

  HostileCompiler() {
    try {
      sandbox = Files.createTempDirectory("vitae-hostile");
      output = sandbox.resolve("out");
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class {@code test.Hostile} around {@code members}; a @Cv method starts on line 5. */
  static JavaFileObject source(String members) {
    return JavaFileObjects.forSourceString("test.Hostile", """
        package test;
        import static java.time.Month.*; import static dev.vitae.dsl.Translations.*;
        import dev.vitae.dsl.*; import dev.vitae.dsl.model.*;
        abstract class Hostile {
        """ + members + "\n}\n");
  }

  /** A @Cv method named {@code name} returning {@code chain}, on line 5. */
  static JavaFileObject cv(String annotation, String chain) {
    return source(annotation + " static Resume jane() { return " + chain + "; }");
  }

  Compilation compile(JavaFileObject source) {
    return javac().withProcessors(new VitaeProcessor())
        .withOptions("-Avitae.output=" + output).compile(source);
  }

  /** The problems every compilation must be free of; empty when there are none. */
  List<String> invariants(Compilation compilation) {
    List<String> problems = new ArrayList<>();
    for (Diagnostic<?> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getMessage(Locale.ROOT).contains("[vitae:internal]")) {
        problems.add("internal error: " + diagnostic.getMessage(Locale.ROOT));
      }
    }
    for (Path file : files(sandbox)) {
      if (!file.startsWith(output)) {
        problems.add("written outside the output folder: " + file);
      }
      if (file.toString().endsWith(".json")) {
        try {
          JSON.readTree(file.toFile());
        } catch (IOException notJson) {
          problems.add(file + " is no JSON: " + notJson.getMessage());
        }
      }
    }
    return problems;
  }

  /** Errors whose message contains {@code tag}, as "line:message". */
  static List<String> errors(Compilation compilation, String tag) {
    return compilation.errors().stream()
        .filter(error -> error.getMessage(Locale.ROOT).contains(tag))
        .map(error -> error.getLineNumber() + ":" + error.getMessage(Locale.ROOT))
        .toList();
  }

  /** The CVs' files in the output folder (not its index), relative to it, as "name/name.ext". */
  List<String> outputs() {
    return files(output).stream().map(file -> output.relativize(file).toString().replace('\\', '/'))
        .sorted().collect(Collectors.toList());
  }

  /** Puts files of an earlier compilation in place, as if it had written them. */
  void seed(String name, String... files) {
    try {
      Files.createDirectories(output.resolve(name));
      for (String file : files) {
        Files.writeString(output.resolve(name).resolve(file), "{\"old\": true}");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CVs' files under {@code directory}: every file but the {@link OutputIndex}. */
  static List<Path> files(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().equals(OutputIndex.FILE))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records one case of {@code kind}; a non-empty {@code failures} fails it. */
  static synchronized boolean record(String kind, List<String> failures) {
    int[] counts = TALLY.computeIfAbsent(kind, k -> new int[2]);
    counts[0]++;
    if (!failures.isEmpty()) {
      counts[1]++;
      System.out.println("[vitae] hostile " + kind + " FAILED: " + failures);
    }
    return failures.isEmpty();
  }

  /** {@code value} as a Java string literal, every unusual character escaped. */
  static String literal(String value) {
    StringBuilder java = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        java.append('\\').append(c);
      } else if (c == '\n') {
        java.append("\\n");
      } else if (c == '\r') {
        java.append("\\r");
      } else if (c < 0x20 || c == 0x7F) {
        java.append(String.format(Locale.ROOT, "\\%03o", (int) c));
      } else if (c > 0x7E) {
        java.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        java.append(c);
      }
    }
    return java.append('"').toString();
  }
}
