package dev.vitae.examples;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into the words a reader would check: runs of letters and digits, and each Chinese,
 * Japanese or Korean character on its own (those scripts do not separate words by spaces).
 * Case and punctuation do not count. NFKC first, so that full-width letters and the
 * ligatures pdftotext reports ("ﬃ") read like the letters they stand for.
 */
final class Words {

  private Words() {}

  static List<String> of(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    normalized.codePoints().forEach(character -> {
      if (isCjk(character)) {
        flush(word, words);
        words.add(Character.toString(character));
      } else if (Character.isLetterOrDigit(character)
          || (word.length() > 0 && Character.getType(character) == Character.NON_SPACING_MARK)) {
        word.appendCodePoint(character);
      } else {
        flush(word, words);
      }
    });
    flush(word, words);
    return words;
  }

  private static boolean isCjk(int character) {
    Character.UnicodeScript script = Character.UnicodeScript.of(character);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
