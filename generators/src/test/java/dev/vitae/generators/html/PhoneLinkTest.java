package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Phones;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HTML links a phone number only when it is valid, and then in E.164. */
class PhoneLinkTest {

  private static String html(String phone, String country) {
    Resume cv = Vitae.cv().basics(b -> b.name("Jane Doe").phone(phone)
        .location(l -> l.city("Berlin").countryCode(country))).build();
    return new HtmlGenerator().render(cv, "en");
  }

  @Test
  void anInternationalNumberIsLinkedInE164() {
    assertTrue(html("+49 30 1234567", null).contains("<a href=\"tel:+49301234567\">"));
  }

  @Test
  void aNationalNumberIsLinkedWithTheCvsCountry() {
    String html = html("030 1234567", "DE");
    assertTrue(html.contains("<a href=\"tel:+49301234567\">030 1234567</a>"), html);
  }

  @Test
  void anInvalidNumberIsShownButNotLinked() {
    String html = html("not a phone!!", "DE");
    assertFalse(html.contains("tel:"), html);
    assertTrue(html.contains("<li class=\"phone\">not a phone!!</li>"), html);
  }

  @Test
  void e164NeedsAValidNumber() {
    assertEquals(Optional.of("+861012345678"), Phones.e164("+86 10 1234 5678", null));
    assertEquals(Optional.empty(), Phones.e164("030 1234567", null));
    assertEquals(Optional.empty(), Phones.e164("+49 30 12", "DE"));
  }
}
