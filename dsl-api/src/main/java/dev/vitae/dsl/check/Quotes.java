package dev.vitae.dsl.check;

import java.util.regex.Pattern;

/** A text as a message quotes it: its field, then its words on one line, cut short. */
final class Quotes {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final int LONGEST = 40;

  private Quotes() {}

  /** {@code work[0].summary "Led the team that..."}. */
  static String of(Path field, String value) {
    return field + " \"" + shortened(WHITE_SPACE.matcher(value).replaceAll(" ")) + "\"";
  }

  /** {@code value} cut after 37 characters, with "..." for the rest. */
  static String shortened(String value) {
    return value.length() > LONGEST ? value.substring(0, LONGEST - 3) + "..." : value;
  }
}
