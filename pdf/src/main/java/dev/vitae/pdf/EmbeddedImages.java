package dev.vitae.pdf;

import java.util.Base64;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pictures a page shows by file name ({@code <img src="photo.jpg">}), put into the page
 * itself as {@code data:} URIs: the PDF engine fetches nothing, and the same bytes give the
 * same PDF.
 */
final class EmbeddedImages {

  private EmbeddedImages() {}

  /** Replaces the source of each image {@code images} holds by its bytes. */
  static void embed(Document page, Map<String, byte[]> images) {
    for (Element image : page.select("img[src]")) {
      byte[] bytes = images.get(image.attr("src"));
      if (bytes != null) {
        image.attr("src", "data:" + mediaType(bytes) + ";base64,"
            + Base64.getEncoder().encodeToString(bytes));
      }
    }
  }

  /** PNG by its signature, else JPEG: the two kinds a CV's photo may be. */
  private static String mediaType(byte[] bytes) {
    return bytes.length > 1 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P'
        ? "image/png" : "image/jpeg";
  }
}
