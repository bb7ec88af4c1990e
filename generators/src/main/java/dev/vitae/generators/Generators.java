package dev.vitae.generators;

import dev.vitae.generators.html.HtmlGenerator;
import dev.vitae.generators.json.JsonGenerator;
import java.util.List;

/** Every output format Vitae writes, in a fixed order. */
public final class Generators {

  private Generators() {}

  public static List<Generator> all() {
    return List.of(new HtmlGenerator(), new JsonGenerator());
  }
}
