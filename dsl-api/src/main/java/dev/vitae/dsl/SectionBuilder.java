package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The entries of a custom section. */
public final class SectionBuilder extends Builder implements Tailorable<SectionBuilder> {

  private final Text title;
  private Text summary;
  private final List<EntryBuilder> entries = new ArrayList<>();
  private List<Text> columns = List.of();
  private final List<List<Text>> rows = new ArrayList<>();

  SectionBuilder(Path path, Text title) {
    super(path);
    this.title = title;
  }

  /** A paragraph that introduces the section. */
  public SectionBuilder summary(String value, TextOption... translations) {
    this.summary = text("summary", value, translations);
    return this;
  }

  public SectionBuilder entry(Consumer<EntryBuilder> entry) {
    EntryBuilder builder = new EntryBuilder(path().then("entry", entries.size()));
    entries.add(builder);
    entry.accept(builder);
    return this;
  }

  /**
   * Makes the section a table with these headings:
   * <pre>{@code
   * .columns("Type", "Author", "Blog")
   * .row("Infra", "[Chris Riccomini](https://cnr.sh/)", "<https://materializedview.io/>")
   * }</pre>
   */
  public SectionBuilder columns(String... headings) {
    this.columns = Texts.of(headings);
    return this;
  }

  /** Table headings in several languages. */
  public SectionBuilder columns(Text... headings) {
    this.columns = List.of(headings);
    return this;
  }

  /** One row of the table, a cell per column. */
  public SectionBuilder row(String... cells) {
    rows.add(Texts.of(cells));
    return this;
  }

  /** One row of the table whose cells are given in several languages. */
  public SectionBuilder row(Text... cells) {
    rows.add(List.of(cells));
    return this;
  }

  @Override
  List<? extends Builder> parts() {
    return entries;
  }

  Section toModel() {
    return new Section(title, summary, entries.stream().map(EntryBuilder::toModel).toList(),
        columns, rows);
  }
}
