package dev.vitae.dsl.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What counts as a link and an e-mail address in a CV. */
public final class Links {

  private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

  /**
   * One {@code @}, no white space, a dotted domain whose labels are letters, digits and
   * hyphens. Deliberately simpler than RFC 5322: quoted local parts do not occur in CVs.
   */
  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
          + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}");

  /**
   * Hosts that stand for no one's real address (RFC 2606 and RFC 6761): a CV that still links
   * to them was not finished.
   */
  static final List<String> PLACEHOLDER_HOSTS =
      List.of("example.com", "example.org", "example.net", "localhost");
  /** Top-level domains reserved for examples and tests. */
  private static final Set<String> PLACEHOLDER_TLDS =
      Set.of("example", "test", "invalid", "localhost");

  private Links() {}

  /**
   * True for an e-mail address or URL whose host is a placeholder: example.com, example.org,
   * example.net (or a name under them), localhost, or a reserved top-level domain.
   */
  public static boolean isPlaceholder(String emailOrUrl) {
    String host = hostOf(emailOrUrl);
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    for (String placeholder : PLACEHOLDER_HOSTS) {
      if (host.equals(placeholder) || host.endsWith("." + placeholder)) {
        return true;
      }
    }
    return PLACEHOLDER_TLDS.contains(host.substring(host.lastIndexOf('.') + 1))
        || host.equals("127.0.0.1") || host.equals("[::1]");
  }

  private static String hostOf(String emailOrUrl) {
    String value = emailOrUrl.strip();
    if (!value.contains(":") && value.contains("@")) {
      return value.substring(value.lastIndexOf('@') + 1);
    }
    try {
      URI uri = new URI(value);
      if ("mailto".equalsIgnoreCase(uri.getScheme())) {
        String address = uri.getSchemeSpecificPart();
        return address.contains("@") ? address.substring(address.lastIndexOf('@') + 1) : null;
      }
      return uri.getHost();
    } catch (URISyntaxException notAUri) {
      return null;
    }
  }

  /**
   * Characters no address in a CV holds, though some parsers let them through: quotes, spaces,
   * angle brackets and backslashes end an HTML attribute or a LaTeX argument early.
   */
  private static final Pattern UNSAFE = Pattern.compile("[\"'<>\\\\\\s\\p{Z}\\p{Cc}]");

  /** The first character of {@code address} no link or e-mail address may hold, or null. */
  public static String unsafeCharacter(String address) {
    var found = UNSAFE.matcher(address);
    if (!found.find()) {
      return null;
    }
    char c = found.group().charAt(0);
    return c == ' ' ? "a space" : c == '"' || c == '\'' ? "a quote" : c == '\\' ? "a backslash"
        : c == '<' || c == '>' ? "'" + c + "'" : String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  public static boolean isEmail(String address) {
    return !UNSAFE.matcher(address).find() && EMAIL.matcher(address).matches();
  }

  /** An absolute http or https URL with a host, or a mailto link to a valid address. */
  public static boolean isSafeUrl(String url) {
    if (UNSAFE.matcher(url).find()) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException notAUri) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (WEB_SCHEMES.contains(scheme)) {
      return uri.getHost() != null && !uri.getHost().isEmpty();
    }
    if (scheme.equals("mailto")) {
      return isEmail(uri.getSchemeSpecificPart());
    }
    return false;
  }
}
