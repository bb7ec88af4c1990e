package dev.vitae.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.vitae.dsl.Cv;
import dev.vitae.dsl.model.Resume;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * The CV's source file: a final class holding one {@code @Cv} method that returns the CV's
 * builder chain, and a comment listing what of the document could not be imported.
 */
final class JavaFileAssembler {

  /** The indentation of the method's body, where {@code return Vitae.cv()} starts. */
  private static final int BODY_INDENT = 4;

  private final String packageName;
  private final String className;
  private final String cvName;

  /**
   * @throws IllegalArgumentException when a name cannot be used in Java source
   */
  JavaFileAssembler(String packageName, String className, String cvName) {
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("\"" + packageName + "\" is not a package name");
    }
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw new IllegalArgumentException("\"" + className + "\" is not a class name");
    }
    if (cvName.isBlank() || cvName.chars().anyMatch(JavaFileAssembler::isControl)) {
      throw new IllegalArgumentException("\"" + cvName.strip() + "\" cannot name the CV's"
          + " outputs: give a name without control characters, such as jane-doe");
    }
    this.packageName = packageName;
    this.className = className;
    this.cvName = cvName;
  }

  JavaFile assemble(ImportedCv imported) {
    Arguments arguments = new Arguments();
    Chain cv = new CvWriter(arguments).write(imported.cv());
    MethodSpec method = MethodSpec.methodBuilder(methodName(cvName))
        .addAnnotation(AnnotationSpec.builder(Cv.class).addMember("value", "$S", cvName).build())
        .addModifiers(Modifier.STATIC)
        .returns(Resume.class)
        .addCode(CodeBlock.of("return $L;\n", cv.at(Place.lineStart(BODY_INDENT, ";".length()))))
        .build();
    TypeSpec type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.FINAL)
        .addJavadoc(javadoc(imported.notImported()))
        .addMethod(method)
        .build();
    JavaFile.Builder file = JavaFile.builder(packageName, type).indent("  ");
    arguments.staticImports()
        .forEach(member -> file.addStaticImport(member.owner(), member.member()));
    return file.build();
  }

  private static CodeBlock javadoc(List<NotImported> notImported) {
    CodeBlock.Builder javadoc = CodeBlock.builder().add("Imported from a JSON Resume document.\n");
    if (!notImported.isEmpty()) {
      javadoc.add("\n<p>Not imported:\n\n<ul>\n");
      for (NotImported left : notImported) {
        javadoc.add("  <li>$L: $L\n", JavadocText.escape(left.pointer()),
            JavadocText.escape(left.reason()));
      }
      javadoc.add("</ul>\n");
    }
    return javadoc.build();
  }

  /** A control character, or a line or paragraph separator: no part of a file name. */
  private static boolean isControl(int c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }

  /**
   * The method's name: the CV's name in lower camel case ({@code senior-engineer} gives
   * {@code seniorEngineer}), or {@code cv} when that is no Java name.
   */
  static String methodName(String cvName) {
    StringBuilder name = new StringBuilder();
    for (String word : cvName.split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      int first = word.offsetByCodePoints(0, 1);
      String initial = word.substring(0, first);
      name.append(name.length() == 0
          ? initial.toLowerCase(Locale.ROOT) : initial.toUpperCase(Locale.ROOT))
          .append(word.substring(first));
    }
    String method = name.toString();
    return SourceVersion.isIdentifier(method) && !SourceVersion.isKeyword(method) ? method : "cv";
  }
}
