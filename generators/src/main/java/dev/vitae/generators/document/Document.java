package dev.vitae.generators.document;

import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Localized;
import java.util.List;

/**
 * A CV as its reader sees it in one language, the same for every format: the header, the
 * sections in the author's order with their entries laid out, and a line about the document.
 * Every text is in the output's language with its markup parsed, every date worded.
 *
 * @param language the BCP 47 tag of this reading
 * @param header null for a CV without basics
 * @param about what the document says of itself (its canonical URL, version, last change),
 *     each part present
 * @param look the theme and its settings, resolved
 */
public record Document(String language, Header header, List<Section> sections,
    List<Inline> about, Look look) {

  public Document {
    sections = List.copyOf(sections);
    about = List.copyOf(about);
  }

  /** {@code cv} as read in {@code localized}'s language. */
  public static Document of(Resume cv, Localized localized) {
    return new Presenter(localized).present(cv);
  }
}
