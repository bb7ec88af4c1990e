package dev.vitae.dsl.check;

import java.util.Locale;
import java.util.Optional;

/**
 * Which characters a CV's text may hold. Every output is Unicode text, so a lone surrogate
 * (half of a pair) or a control character has no place in it; and a text of nothing but
 * invisible characters (spaces of every width, zero-width characters, a BOM) says nothing.
 */
public final class Characters {

  private Characters() {}

  /** True for null, and for a text with no visible character: blank counts as missing. */
  public static boolean isBlank(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isInvisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Empty when {@code text} may appear in a CV; otherwise what is wrong: a lone surrogate, a
   * control character other than tab and line breaks, or a noncharacter.
   */
  public static Optional<String> flaw(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isSurrogate(text.charAt(i)) && Character.charCount(c) == 1) {
        return Optional.of(String.format(Locale.ROOT,
            "contains a lone surrogate U+%04X at index %d (half of a character)", c, i));
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(String.format(Locale.ROOT,
            "contains the control character U+%04X at index %d", c, i));
      }
      if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
        return Optional.of(String.format(Locale.ROOT,
            "contains the noncharacter U+%04X at index %d", c, i));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * {@code text} as a message can show it: control and format characters, lone surrogates and
   * other invisible characters other than the plain space become {@code \}{@code uXXXX}.
   */
  public static String printable(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pairedSurrogate) {
        shown.append(c).append(text.charAt(++i));
      } else if (c != ' ' && (Character.isSurrogate(c) || isInvisible(c))) {
        shown.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || type == Character.CONTROL || type == Character.FORMAT
        || (c <= 0xFFFF && Character.isSurrogate((char) c))
        // the combining grapheme joiner, Hangul fillers and variation selectors show nothing
        || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
        || (c >= 0xFE00 && c <= 0xFE0F);
  }
}
