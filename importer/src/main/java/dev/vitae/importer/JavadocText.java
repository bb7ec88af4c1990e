package dev.vitae.importer;

/**
 * Makes text from the document safe inside a Javadoc comment. A star followed by a slash
 * would end the comment, and a backslash followed by {@code u000a} would be read by javac as
 * a line break before the comment is even parsed: either could turn the rest of a hostile key
 * into code. Such characters, and those Javadoc gives a meaning, become HTML character
 * references.
 */
final class JavadocText {

  private JavadocText() {}

  static String escape(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> safe.append("&amp;");
        case '<' -> safe.append("&lt;");
        case '>' -> safe.append("&gt;");
        case '\\' -> safe.append("&#92;");
        case '@' -> safe.append("&#64;");
        case '*' -> safe.append("&#42;");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            safe.append("&#").append((int) c).append(';');
          } else {
            safe.append(c);
          }
        }
      }
    }
    return safe.toString();
  }
}
