package dev.vitae.generators.html;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.check.Links;
import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Location;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.JsonTrees;
import dev.vitae.generators.Localized;
import java.util.List;
import java.util.function.Function;

/**
 * The CV's person as schema.org JSON-LD, for search engines. Built as a Jackson tree (fields in
 * a fixed order) and made safe to sit inside {@code <script>}: no {@code <} survives, so
 * neither {@code </script>} nor {@code <!--} can end or bend the element.
 */
final class PersonJsonLd {

  private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Localized localized;

  private PersonJsonLd(Localized localized) {
    this.localized = localized;
  }

  /** The JSON text, its texts in the language of {@code localized}, ready to print unescaped. */
  static String of(Resume cv, Localized localized) {
    return new PersonJsonLd(localized).json(cv);
  }

  private String json(Resume cv) {
    return JsonTrees.write(person(cv), LAYOUT).replace("<", "\\u003c");
  }

  private ObjectNode person(Resume cv) {
    Basics basics = cv.basics();
    ObjectNode person = JsonNodeFactory.instance.objectNode();
    person.put("@context", "https://schema.org");
    person.put("@type", "Person");
    putText(person, "name", basics.name());
    putText(person, "jobTitle", basics.label());
    putText(person, "description", basics.summary());
    putUrl(person, "image", basics.image());
    if (basics.email() != null && Links.isEmail(basics.email())) {
      person.put("email", basics.email());
    }
    if (basics.phone() != null) {
      person.put("telephone", basics.phone());
    }
    putUrl(person, "url", basics.url());
    if (basics.location() != null) {
      person.set("address", address(basics.location()));
    }
    putArray(person, "sameAs", basics.profiles().stream()
        .filter(profile -> isLink(profile.url()))
        .map(profile -> profile.url()).toList(), url -> JsonNodeFactory.instance.textNode(url));
    putArray(person, "worksFor", cv.work().stream()
        .filter(work -> work.dates().ongoing()).toList(),
        work -> organization("Organization", work.name(), work.url()));
    putArray(person, "alumniOf", cv.education(),
        school -> organization("EducationalOrganization", school.institution(), school.url()));
    putArray(person, "knowsLanguage", cv.languages(),
        language -> JsonNodeFactory.instance.textNode(plain(language.language())));
    putArray(person, "knowsAbout", cv.skills(),
        skill -> JsonNodeFactory.instance.textNode(plain(skill.name())));
    putArray(person, "award", cv.awards(),
        award -> JsonNodeFactory.instance.textNode(plain(award.title())));
    return person;
  }

  private ObjectNode address(Location location) {
    ObjectNode address = JsonNodeFactory.instance.objectNode();
    address.put("@type", "PostalAddress");
    putText(address, "streetAddress", location.address());
    if (location.postalCode() != null) {
      address.put("postalCode", location.postalCode());
    }
    putText(address, "addressLocality", location.city());
    putText(address, "addressRegion", location.region());
    if (location.countryCode() != null) {
      address.put("addressCountry", location.countryCode());
    }
    return address;
  }

  private ObjectNode organization(String type, Text name, String url) {
    ObjectNode organization = JsonNodeFactory.instance.objectNode();
    organization.put("@type", type);
    putText(organization, "name", name);
    putUrl(organization, "url", url);
    return organization;
  }

  private void putText(ObjectNode node, String field, Text text) {
    if (text != null) {
      node.put(field, plain(text));
    }
  }

  private void putUrl(ObjectNode node, String field, String url) {
    if (isLink(url)) {
      node.put(field, url);
    }
  }

  private <T> void putArray(ObjectNode node, String field, List<T> items,
      Function<T, JsonNode> toJson) {
    if (items.isEmpty()) {
      return;
    }
    ArrayNode array = node.putArray(field);
    items.forEach(item -> array.add(toJson.apply(item)));
  }

  private boolean isLink(String url) {
    return url != null && Links.isSafeUrl(url);
  }

  private String plain(Text text) {
    return PlainText.of(localized.text(text));
  }
}
