package dev.vitae.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The importer on the command line: reads the arguments and the file, prints the source. */
final class ImportCommand {

  /** The exit status for wrong arguments or an unreadable file. */
  static final int USAGE = 2;

  static final String USAGE_LINE =
      "usage: JsonResumeImporter <resume.json> <fully.qualified.ClassName> [cv-name]";

  private final PrintStream out;
  private final PrintStream err;

  ImportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the import; returns the exit status. */
  int run(String... args) {
    if (args.length < 2 || args.length > 3) {
      return fail("expected 2 or 3 arguments, got " + args.length);
    }
    String qualifiedName = args[1];
    int dot = qualifiedName.lastIndexOf('.');
    String packageName = dot < 0 ? "" : qualifiedName.substring(0, dot);
    String className = qualifiedName.substring(dot + 1);
    String cvName = args.length == 3 ? args[2] : kebabCase(className);
    String json;
    try {
      json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unreadable) {
      return fail("cannot read " + args[0] + ": " + unreadable);
    }
    try {
      out.print(JsonResumeImporter.toJava(json, packageName, className, cvName));
      out.flush();
      return 0;
    } catch (IllegalArgumentException wrong) {
      return fail(args[0] + ": " + wrong.getMessage());
    }
  }

  private int fail(String problem) {
    err.println("Vitae importer: " + problem);
    err.println(USAGE_LINE);
    return USAGE;
  }

  /** {@code JaneDoe} gives {@code jane-doe}: the default name of the CV's outputs. */
  static String kebabCase(String className) {
    return className.replaceAll("([\\p{Ll}\\p{N}])(\\p{Lu})", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
