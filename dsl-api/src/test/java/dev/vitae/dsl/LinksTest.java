package dev.vitae.dsl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.check.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com", "http://example.com/a?b=c#d",
      "mailto:jane@example.com", "HTTPS://EXAMPLE.COM"})
  void acceptsAbsoluteWebAndMailLinks(String url) {
    assertTrue(Links.isSafeUrl(url), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
      "file:///etc/passwd", "example.com", "//example.com", "https://", "mailto:nobody",
      "ftp://example.com"})
  void refusesEverythingElse(String url) {
    assertFalse(Links.isSafeUrl(url), url);
  }

  @Test
  void emailAddressesNeedALocalPartAndADottedDomain() {
    assertTrue(Links.isEmail("jane.doe+cv@example.co.uk"));
    assertTrue(Links.isEmail("xuxin@example.com"));
    assertFalse(Links.isEmail("jane@"));
    assertFalse(Links.isEmail("jane@example"));
    assertFalse(Links.isEmail("jane doe@example.com"));
    assertFalse(Links.isEmail("@example.com"));
  }
}
