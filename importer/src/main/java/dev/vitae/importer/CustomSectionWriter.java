package dev.vitae.importer;

import dev.vitae.dsl.model.Entry;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.Text;

/**
 * A section JSON Resume has no place for, with its entries and its table:
 * <pre>{@code
 * .section("Patents", s -> s
 *     .entry(e -> e.title("Multi-Module Scheduling").start(2021, MARCH, 9))
 *     .columns("Office", "Number")
 *     .row("USPTO", "US10942771B2"))
 * }</pre>
 */
final class CustomSectionWriter implements EntryWriter<Section> {

  private final Arguments arguments;

  CustomSectionWriter(Arguments arguments) {
    this.arguments = arguments;
  }

  @Override
  public Call write(Section section) {
    BuilderCalls calls = new BuilderCalls(arguments).text("summary", section.summary());
    section.entries().forEach(entry -> calls.lambda("entry", "e", entry(entry)));
    calls.texts("columns", section.columns());
    section.rows().forEach(row -> calls.add(Call.method("row", arguments.texts(row))));
    // A missing title is an empty one: null would fit both section(String, ...) and
    // section(Text, ...), and Vitae reports either as missing.
    Text title = section.title() == null ? Text.of("") : section.title();
    return Call.method("section", arguments.textObject(title), calls.asLambda("s"));
  }

  private BuilderCalls entry(Entry entry) {
    return new BuilderCalls(arguments)
        .text("title", entry.title())
        .text("subtitle", entry.subtitle())
        .text("organization", entry.organization())
        .text("location", entry.location())
        .dates(entry.dates())
        .string("url", entry.url())
        .text("summary", entry.summary())
        .highlights(entry.highlights())
        .texts("keywords", entry.keywords());
  }
}
