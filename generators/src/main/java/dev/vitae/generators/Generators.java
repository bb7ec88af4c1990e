package dev.vitae.generators;

import dev.vitae.generators.html.HtmlGenerator;
import dev.vitae.generators.json.JsonGenerator;
import dev.vitae.generators.latex.LatexGenerator;
import java.util.List;

/** Every output format Vitae writes, in a fixed order. */
public final class Generators {

  private Generators() {}

  public static List<Generator> all() {
    return List.of(new LatexGenerator(), new HtmlGenerator(), new JsonGenerator());
  }
}
