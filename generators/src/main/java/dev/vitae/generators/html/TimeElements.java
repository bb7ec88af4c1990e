package dev.vitae.generators.html;

import dev.vitae.generators.document.When;
import dev.vitae.generators.document.When.Stamp;

/**
 * Dates as {@code <time datetime="2021-02">Feb 2021</time>}. The document decides the words;
 * this class only marks which parts of them are dates, so machines read the ISO form.
 */
final class TimeElements {

  private TimeElements() {}

  /**
   * "Feb 2021 – Present" with each date in its own element. A range whose wording does not
   * begin and end with its dates (some future language) keeps its text and loses only the
   * markup.
   */
  static String of(When when) {
    String words = when.text();
    String before = when.start() == null ? "" : when.start().text();
    String after = when.end() == null ? "" : when.end().text();
    if (!words.startsWith(before) || !words.endsWith(after)
        || before.length() + after.length() > words.length()) {
      return InlineHtml.escape(words);
    }
    String between = words.substring(before.length(), words.length() - after.length());
    return element(when.start()) + InlineHtml.escape(between) + element(when.end());
  }

  private static String element(Stamp date) {
    return date == null ? "" : "<time datetime=\"" + date.iso() + "\">"
        + InlineHtml.escape(date.text()) + "</time>";
  }
}
