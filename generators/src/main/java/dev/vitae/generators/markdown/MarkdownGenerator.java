package dev.vitae.generators.markdown;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;
import dev.vitae.generators.Templates;
import java.util.Map;

/**
 * Writes a CV as Markdown that GitHub renders well (CommonMark with GFM tables): the name as
 * the one top heading, a contact line of links, a heading per section and per entry, nested
 * bullet lists, tables. Every text is escaped, so nothing a CV says becomes HTML, a heading, a
 * list, a table cell or a link of its own; links go only to http, https and mailto.
 */
public final class MarkdownGenerator implements Generator {

  /** A generator; it holds no state, so one instance may render many CVs. */
  public MarkdownGenerator() {}

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public String render(Resume cv, String language) {
    return render(Reading.of(cv, language));
  }

  @Override
  public String render(Reading reading) {
    String markdown = Templates.render("markdown/cv.md.ftl", Map.of(
        "doc", reading.document(),
        "md", MarkdownFunctions.MODELS));
    // Every block the templates write ends in a blank line; the file ends in one line break.
    return markdown.stripTrailing() + "\n";
  }
}
