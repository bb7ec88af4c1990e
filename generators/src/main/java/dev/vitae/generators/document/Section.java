package dev.vitae.generators.document;

import dev.vitae.dsl.model.SectionKind.Layout;
import java.util.List;

/**
 * One section under its heading.
 *
 * @param key what kind of section it is: the model's name ({@code work}, {@code skills}), or
 *     {@code custom} for the author's own
 * @param layout how its items are laid out
 * @param heading the heading: the label of the output's language, or the author's title
 * @param intro prose that introduces the section, or null
 * @param table a table after the items, or null
 */
public record Section(
    String key, Layout layout, Inline heading, Inline intro, List<Item> items, Table table) {

  public Section {
    items = List.copyOf(items);
  }
}
