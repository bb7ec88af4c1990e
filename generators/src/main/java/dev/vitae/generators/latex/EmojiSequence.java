package dev.vitae.generators.latex;

import java.util.StringJoiner;

/**
 * Finds emoji in text so that the LaTeX output can draw them with the {@code twemojis}
 * package (XeTeX cannot use colour emoji fonts). An emoji is one code point from the
 * pictographic planes (U+1F000 to U+1FAFF), or any character asking for emoji presentation
 * (followed by U+FE0F or the keycap U+20E3), together with what belongs to it: variation
 * selectors, skin tones, tags, the second regional indicator of a flag, and further
 * characters joined by U+200D.
 *
 * @param length how many chars of the text the emoji takes
 * @param key the twemojis name: the code points in lower-case hex, joined by "-"
 */
record EmojiSequence(int length, String key) {

  private static final int VARIATION_TEXT = 0xFE0E;
  private static final int VARIATION_EMOJI = 0xFE0F;
  private static final int KEYCAP = 0x20E3;
  private static final int JOINER = 0x200D;

  /** The emoji starting at {@code index}, or null when none starts there. */
  static EmojiSequence at(CharSequence text, int index) {
    int base = Character.codePointAt(text, index);
    int end = index + Character.charCount(base);
    if (!isPictographic(base) && !asksForEmoji(text, end)) {
      return null;
    }
    StringJoiner key = new StringJoiner("-");
    key.add(Integer.toHexString(base));
    if (isRegionalIndicator(base) && end < text.length()
        && isRegionalIndicator(Character.codePointAt(text, end))) {
      int second = Character.codePointAt(text, end);
      key.add(Integer.toHexString(second));
      return new EmojiSequence(end + Character.charCount(second) - index, key.toString());
    }
    while (end < text.length()) {
      int next = Character.codePointAt(text, end);
      if (next == JOINER && end + 1 < text.length()) {
        int joined = Character.codePointAt(text, end + 1);
        key.add(Integer.toHexString(next)).add(Integer.toHexString(joined));
        end += 1 + Character.charCount(joined);
      } else if (belongsToEmoji(next)) {
        key.add(Integer.toHexString(next));
        end += Character.charCount(next);
      } else {
        break;
      }
    }
    return new EmojiSequence(end - index, key.toString());
  }

  /**
   * The key without emoji variation selectors: twemojis names most single emoji that way
   * ("2764" for a red heart typed as U+2764 U+FE0F).
   */
  String keyWithoutVariationSelector() {
    return key.replace("-" + Integer.toHexString(VARIATION_EMOJI), "");
  }

  private static boolean isPictographic(int codePoint) {
    return codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
  }

  private static boolean isRegionalIndicator(int codePoint) {
    return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
  }

  private static boolean asksForEmoji(CharSequence text, int index) {
    if (index >= text.length()) {
      return false;
    }
    int next = text.charAt(index);
    return next == VARIATION_EMOJI || next == KEYCAP;
  }

  private static boolean belongsToEmoji(int codePoint) {
    return codePoint == VARIATION_EMOJI
        || codePoint == VARIATION_TEXT
        || codePoint == KEYCAP
        || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) // skin tones
        || (codePoint >= 0xE0020 && codePoint <= 0xE007F); // tags of subdivision flags
  }
}
