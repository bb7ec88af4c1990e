package dev.vitae.generators.document;

/** How a web or mail address reads to a person. */
public final class Addresses {

  private Addresses() {}

  /** The address without its scheme and trailing slash: {@code jane.example.com}. */
  public static String readable(String url) {
    return url.replaceFirst("^(?i)(https?://|mailto:)", "").replaceFirst("/$", "");
  }
}
