package dev.vitae.dsl.check;

import java.util.regex.Pattern;

/** A text as a message quotes it: its field, then its words on one line, cut short. */
final class Quotes {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final int LONGEST = 40;

  private Quotes() {}

  /** {@code work[0].summary "Led the team that..."}. */
  static String of(Path field, String value) {
    String line = WHITE_SPACE.matcher(value).replaceAll(" ");
    return field + " \""
        + (line.length() > LONGEST ? line.substring(0, LONGEST - 3) + "..." : line) + "\"";
  }
}
