package dev.vitae.dsl.check;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for the words of a CV, in every language: inline markup that closes, links that
 * lead somewhere real, no text damaged by a wrong encoding. Control characters are errors of
 * {@link TextCharacters}.
 */
final class TextChecker {

  /** A link of the inline markup: {@code [text](target)}. */
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
  /** The start of a link whose target never closes: {@code [text](https://...}. */
  private static final Pattern OPEN_LINK = Pattern.compile("\\[[^\\]]*]\\([^)]*$");

  /**
   * The bytes 0x80 to 0xBF of a UTF-8 sequence read as Latin-1 or Windows-1252: the
   * continuation bytes, as they show up in a text read with the wrong encoding.
   */
  private static final String CONTINUATION = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E"
      + "\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C"
      + "\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]";
  /**
   * UTF-8 read as Latin-1 or Windows-1252: a lead byte (Â to ß, à to ï, ð to ô) followed by as
   * many continuation bytes as it announces, as in "â€™" for ’ and "Ã©" for é; or the
   * replacement character a failed decoding leaves.
   */
  private static final Pattern MOJIBAKE = Pattern.compile("[\\u00C2-\\u00DF]" + CONTINUATION
      + "|[\\u00E0-\\u00EF]" + CONTINUATION + "{2}|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}"
      + "|\\uFFFD");

  private final Consumer<Problem> report;

  private TextChecker(Consumer<Problem> report) {
    this.report = report;
  }

  static void check(Resume cv, Consumer<Problem> report) {
    TextChecker checker = new TextChecker(report);
    TextWalker.walk(cv, Path.ROOT, checker::check);
  }

  private void check(Path path, Text text) {
    check(path, path, text.value());
    for (int i = 0; i < text.translations().size(); i++) {
      var translation = text.translations().get(i);
      check(path, path.then("translations", i), translation.value());
    }
  }

  private void check(Path field, Path at, String value) {
    // quoted only for a message: most texts have none
    Supplier<String> quoted = () -> Quotes.of(field, value);
    Matcher damaged = MOJIBAKE.matcher(value);
    if (damaged.find()) {
      report.accept(new Problem(Check.MOJIBAKE, at, quoted.get() + ": \"" + damaged.group()
          + "\" looks like UTF-8 read in another encoding (\"â€™\" for ’, \"Ã©\" for é);"
          + " copy the text again from its source, or retype those characters"));
    }
    String unclosed = unclosedMarkup(value);
    if (unclosed != null) {
      report.accept(new Problem(Check.MARKUP, at, quoted.get() + ": " + unclosed));
    }
    Matcher link = LINK.matcher(withoutCode(value));
    while (link.find()) {
      String target = link.group(2).strip();
      if (target.isEmpty() || target.equals("#")) {
        report.accept(new Problem(Check.LINK, at, quoted.get() + ": the link ["
            + link.group(1) + "] has no target (\"" + target + "\"); give its URL, or write"
            + " the words without [ ]"));
      } else if (Links.isPlaceholder(target)) {
        report.accept(new Problem(Check.PLACEHOLDER, at, quoted.get() + ": the link ["
            + link.group(1) + "] goes to " + target + ", a placeholder; give the real URL"));
      }
    }
  }

  /**
   * What does not close in the inline markup, or null: {@code **bold}, {@code [text](url}.
   * Backticks follow CommonMark: a run of them that is never closed by a run of the same
   * length is literal text, as in a lone {@code `}.
   */
  static String unclosedMarkup(String value) {
    String text = withoutCode(value);
    int bold = 0;
    for (int i = text.indexOf("**"); i >= 0; i = text.indexOf("**", i + 2)) {
      if (!escaped(text, i)) {
        bold++;
      }
    }
    if (bold % 2 != 0) {
      return "a ** opens bold text that never closes; close it with another **, or write"
          + " \\*\\* for the asterisks";
    }
    if (OPEN_LINK.matcher(text).find()) {
      return "a link [text]( never closes its target; end it with )";
    }
    return null;
  }

  private static boolean escaped(String value, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && value.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 != 0;
  }

  /**
   * The text with its code spans blanked out, since markup inside {@code `code`} is literal: a
   * run of n backticks opens a span that the next run of exactly n backticks closes.
   */
  private static String withoutCode(String value) {
    StringBuilder text = new StringBuilder(value);
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '`' || escaped(value, i)) {
        i++;
        continue;
      }
      int run = runAt(value, i);
      int close = i + run;
      while (close < value.length() && (value.charAt(close) != '`' || runAt(value, close) != run)) {
        close += value.charAt(close) == '`' ? runAt(value, close) : 1;
      }
      if (close >= value.length()) {
        i += run; // never closed: literal backticks
        continue;
      }
      for (int j = i; j < close + run; j++) {
        text.setCharAt(j, ' ');
      }
      i = close + run;
    }
    return text.toString();
  }

  private static int runAt(String value, int start) {
    int end = start;
    while (end < value.length() && value.charAt(end) == '`') {
      end++;
    }
    return end - start;
  }
}
