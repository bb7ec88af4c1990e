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

  /** What {@code --help} prints: the usage line and what the arguments mean. */
  static final String HELP = USAGE_LINE + """


      Writes a JSON Resume document as a Vitae CV class to standard output.

        resume.json                the JSON Resume document
        fully.qualified.ClassName  the class to write, such as com.example.JaneDoe
        cv-name                    the name of the CV's outputs (@Cv("jane-doe"));
                                   by default the class's name in kebab case

      What the document holds that Vitae cannot import is listed in the class's comment.
      Exit status: 0 when the source was written, 2 for wrong arguments or a file that
      cannot be read or is no JSON Resume document.
      """;

  private final PrintStream out;
  private final PrintStream err;

  ImportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the import; returns the exit status. */
  int run(String... args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.print(HELP);
      out.flush();
      return 0;
    }
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
