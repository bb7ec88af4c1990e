package dev.vitae.generators.document;

import java.util.List;

/**
 * One entry of a section, in the places a reader looks for its parts. Empty parts are empty
 * lists, null or "", never missing.
 *
 * @param title the entry's title: its parts, which a format joins with commas (a degree's type
 *     and field); a part may link
 * @param byline who and in which role, each part a phrase whose pieces a format joins with
 *     commas, the parts separated by a dot or the like
 * @param when the date or dates, or null
 * @param location where it happened, or null
 * @param duration how long it lasted ("3 years, 10 months"), or ""
 * @param body prose under the heading (a summary, a reference's quotation), or null
 * @param bullets the highlights, nested
 * @param tags short words shown together: keywords, courses
 * @param tagKind what the tags are: the model's field name ({@code keywords}, {@code courses})
 */
public record Item(
    List<Inline> title,
    List<List<Inline>> byline,
    When when,
    Inline location,
    String duration,
    Inline body,
    List<Bullet> bullets,
    List<Inline> tags,
    String tagKind) {

  public Item {
    title = List.copyOf(title);
    byline = byline.stream().map(List::copyOf).toList();
    bullets = List.copyOf(bullets);
    tags = List.copyOf(tags);
  }
}
