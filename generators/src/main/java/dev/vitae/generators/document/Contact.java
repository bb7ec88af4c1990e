package dev.vitae.generators.document;

/**
 * One way to reach the person, in the order a header lists them.
 *
 * @param network for a profile, the site's name ("GitHub"); else null
 * @param text what the reader sees: the address, the number, the user name, the place; null for
 *     a profile that gives only its site
 * @param link where the contact leads, checked to be a safe URL ({@code mailto:}, the
 *     website), or null
 */
public record Contact(Kind kind, String network, Inline text, String link) {

  /** What the contact is. */
  public enum Kind { EMAIL, PHONE, WEBSITE, PROFILE, LOCATION }
}
