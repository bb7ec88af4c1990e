package dev.vitae.generators.document;

import java.util.regex.Pattern;

/** How a web or mail address reads to a person. */
public final class Addresses {

  private static final Pattern SCHEME = Pattern.compile("^(?i)(https?://|mailto:)");
  private static final Pattern TRAILING_SLASH = Pattern.compile("/$");

  private Addresses() {}

  /** The address without its scheme and trailing slash: {@code jane.example.com}. */
  public static String readable(String url) {
    return TRAILING_SLASH.matcher(SCHEME.matcher(url).replaceFirst("")).replaceFirst("");
  }
}
