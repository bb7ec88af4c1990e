package dev.vitae.importer;

/**
 * Turns a <a href="https://jsonresume.org/schema">JSON Resume</a> document into the source of
 * a Vitae CV, so a CV kept as JSON Resume moves to Vitae in one step:
 *
 * <pre>{@code
 * String source = JsonResumeImporter.toJava(json, "com.example", "JaneDoe", "jane");
 * }</pre>
 *
 * <p>Every field of JSON Resume 1.x becomes the builder call that sets it; dates become typed
 * calls ({@code .start(2021, FEBRUARY)}), and an entry with a start and no end goes on
 * ({@code .ongoing()}). A document Vitae wrote keeps everything through its {@code x-vitae}
 * extension (custom sections, nested bullets, translations, section order), so importing it
 * and compiling the source writes the very same JSON again. What cannot be imported (an
 * unknown field, a date that is no date, an empty URL) is listed in the class's comment.
 *
 * <p>From the command line: {@code <resume.json> <fully.qualified.ClassName> [cv-name]} writes
 * the source to standard output.
 */
public final class JsonResumeImporter {

  private JsonResumeImporter() {}

  /**
   * The Java source of a CV class holding the CV {@code json} describes.
   *
   * @param json a JSON Resume document
   * @param packageName the package of the class; empty for none
   * @param className the simple name of the class
   * @param cvName the name of the CV's outputs ({@code @Cv("jane")}), from which the method's
   *     name comes too
   * @return a complete, formatted Java file
   * @throws IllegalArgumentException when {@code json} is not a JSON object, or a name cannot
   *     be used in Java
   */
  public static String toJava(String json, String packageName, String className,
      String cvName) {
    JavaFileAssembler assembler = new JavaFileAssembler(packageName, className, cvName);
    return assembler.assemble(JsonResumeReader.read(json)).toString();
  }

  /**
   * {@code <resume.json> <fully.qualified.ClassName> [cv-name]}: writes the source to standard
   * output; exits with 2 and a message when the arguments or the file are wrong.
   */
  public static void main(String[] args) {
    int status = new ImportCommand(System.out, System.err).run(args);
    if (status != 0) {
      System.exit(status);
    }
  }
}
