package dev.vitae.pdf;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A bookmark per section of the CV: one for each second-level heading of the page, the level
 * every theme gives its section headings. openhtmltopdf reads them from a {@code <bookmarks>}
 * element in the head, each pointing at its heading's id.
 */
final class Bookmarks {

  private static final String ID_PREFIX = "vitae-section-";

  private Bookmarks() {}

  static void add(Document page) {
    Set<String> ids = new HashSet<>();
    page.select("[id]").forEach(element -> ids.add(element.id()));
    Element bookmarks = page.head().appendElement("bookmarks");
    int number = 0;
    for (Element heading : page.body().select("h2")) {
      String title = heading.text().strip();
      if (title.isEmpty()) {
        continue;
      }
      if (heading.id().isEmpty()) {
        String id;
        do {
          id = ID_PREFIX + ++number;
        } while (!ids.add(id));
        heading.id(id);
      }
      bookmarks.appendElement("bookmark").attr("name", title).attr("href", "#" + heading.id());
    }
  }
}
