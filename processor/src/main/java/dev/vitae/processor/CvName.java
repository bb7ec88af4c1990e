package dev.vitae.processor;

import dev.vitae.dsl.Cv;
import dev.vitae.dsl.check.Characters;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a CV is called, and whether that may name files. The name becomes a folder and the stem of every file written for
 * the CV ({@code <name>/<name>.tex}), so it must be one plain file name on every system: not a
 * path, not a device, nothing a file system strips or refuses.
 */
final class CvName {

  /** At most this many characters; file systems allow 255 bytes, and a stem gets suffixes. */
  static final int MAX_LENGTH = 100;
  private static final int MAX_BYTES = 200;

  /** Windows' reserved device names, which no folder or file may be called, whatever its extension. */
  private static final Pattern DEVICE =
      Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");
  /** Characters Windows does not allow in file names (a colon makes a drive-relative path). */
  private static final Set<Character> NOT_ON_WINDOWS = Set.of('<', '>', ':', '"', '|', '?', '*');

  private CvName() {}

  /** The outputs' name: the annotation's value when given, or else the method's name. */
  static String of(ExecutableElement method) {
    AnnotationValue given = givenValue(method);
    return given == null ? method.getSimpleName().toString() : String.valueOf(given.getValue());
  }

  /**
   * Reports a bad name with a {@code [vitae:cv-name]} error at the annotation's value (at the
   * method for a method's name); says whether the name is good.
   */
  static boolean check(ExecutableElement method, Messager messager) {
    String name = of(method);
    Optional<String> problem = problem(name);
    problem.ifPresent(wrong -> {
      AnnotationMirror annotation = annotationOf(method);
      AnnotationValue given = givenValue(method);
      if (given == null) {
        messager.printMessage(Kind.ERROR, message(name, wrong), method);
      } else {
        messager.printMessage(Kind.ERROR, message(name, wrong), method, annotation, given);
      }
    });
    return problem.isEmpty();
  }

  private static AnnotationMirror annotationOf(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().asElement() instanceof TypeElement type
          && type.getQualifiedName().contentEquals(Cv.class.getName())) {
        return annotation;
      }
    }
    return null;
  }

  /** The value written in the annotation, or null for {@code @Cv} alone. */
  private static AnnotationValue givenValue(ExecutableElement method) {
    AnnotationMirror annotation = annotationOf(method);
    if (annotation == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
        : annotation.getElementValues().entrySet()) {
      if (value.getKey().getSimpleName().contentEquals("value")) {
        return value.getValue();
      }
    }
    return null;
  }

  /** Empty for a good name; otherwise what is wrong with it, as a message's middle. */
  static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("the name is empty");
    }
    if (name.equals(".") || name.equals("..")) {
      return Optional.of("\"" + name + "\" names a folder, not a file");
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      String found = badCharacter(name, i, c);
      if (found != null) {
        return Optional.of("it contains " + found + " at index " + i);
      }
      i += Character.charCount(c);
    }
    if (isEdge(name.codePointAt(0)) || isEdge(name.codePointBefore(name.length()))) {
      return Optional.of("it starts or ends with a dot or a space, which file systems strip");
    }
    if (DEVICE.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
      return Optional.of("\"" + name + "\" is a reserved device name on Windows");
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_LENGTH || name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of("it is longer than " + MAX_LENGTH + " characters (or " + MAX_BYTES
          + " bytes in UTF-8)");
    }
    return Optional.empty();
  }

  private static String badCharacter(String name, int index, int c) {
    if (c == '/' || c == '\\') {
      return "a path separator '" + (char) c + "'";
    }
    if (c == 0) {
      return "a NUL character";
    }
    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
      return String.format(Locale.ROOT, "the control character U+%04X", c);
    }
    if (Character.isSurrogate(name.charAt(index))) {
      return String.format(Locale.ROOT, "a lone surrogate U+%04X", c);
    }
    if (c < 0x80 && NOT_ON_WINDOWS.contains((char) c)) {
      return "'" + (char) c + "', which Windows does not allow in file names";
    }
    return null;
  }

  private static boolean isEdge(int c) {
    return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The message for a bad name. */
  static String message(String name, String problem) {
    return Message.CV_NAME.format("\"" + Characters.printable(name) + "\" cannot name a CV's outputs: "
        + problem + "; use letters, digits, '-' and '_', such as @Cv(\"jane-doe\")");
  }
}
