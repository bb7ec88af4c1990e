package dev.vitae.generators.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.check.Characters;
import dev.vitae.generators.SampleCvs;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Hostile text must stay data: each one comes back, parsed, as the very string the author
 * wrote, and cannot add fields or break out of its string.
 */
class JsonHostileTextTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ALL = String.join(" ", SampleCvs.HOSTILE_TEXTS);

  @Test
  void everyHostileTextParsesBackAsTheSameString() throws Exception {
    JsonNode json = MAPPER.readTree(new JsonGenerator().render(SampleCvs.hostile()));
    for (String pointer : List.of(
        "/basics/name", "/basics/label", "/basics/summary", "/basics/location/city",
        "/work/0/name", "/work/0/position", "/work/0/summary", "/work/0/highlights/0",
        "/x-vitae/subHighlights/~1work~10~1highlights~10/0/text",
        "/skills/0/name",
        "/x-vitae/sections/0/title",
        "/x-vitae/sections/0/entries/0/title", "/x-vitae/sections/0/entries/0/summary")) {
      assertEquals(ALL, json.at(pointer).textValue(), pointer);
    }
    for (int index = 0; index < SampleCvs.HOSTILE_TEXTS.length; index++) {
      assertEquals(SampleCvs.HOSTILE_TEXTS[index],
          json.at("/skills/0/keywords/" + index).textValue());
    }
  }

  @Test
  void hostileTextAddsNoFields() throws Exception {
    JsonNode json = MAPPER.readTree(new JsonGenerator().render(SampleCvs.hostile()));
    assertEquals(List.of("$schema", "basics", "work", "skills", "x-vitae"), names(json));
    assertEquals(List.of("name", "label", "summary", "location"), names(json.get("basics")));
    assertEquals(List.of("name", "position", "startDate", "summary", "highlights"),
        names(json.at("/work/0")));
  }

  /** Any text the rules let through: each character {@link Characters#flaw} refuses is a '?'. */
  @Property(tries = 300)
  void anyTextComesBackExactly(@ForAll String anything) throws Exception {
    StringBuilder allowed = new StringBuilder();
    anything.codePoints().mapToObj(Character::toString).forEach(c ->
        allowed.append(Characters.flaw(c).isEmpty() ? c : "?"));
    String text = allowed.toString();
    String rendered = new JsonGenerator().render(
        Vitae.cv().basics(b -> b.name("Jane Doe").summary(text)).build());
    assertEquals(text, MAPPER.readTree(rendered).at("/basics/summary").textValue());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
