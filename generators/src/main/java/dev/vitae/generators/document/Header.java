package dev.vitae.generators.document;

import java.util.List;

/**
 * Who the CV is about: the top of the page.
 *
 * @param photo the URL of a photo, checked to be safe, or null
 * @param summary the person's summary, or null
 */
public record Header(
    Inline name, Inline label, String photo, List<Contact> contacts, Inline summary) {

  public Header {
    contacts = List.copyOf(contacts);
  }
}
