package dev.vitae.examples;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes UTF-8 that was once read as Mac OS Roman: "ËãèÂâëÊûó" back to "苏剑林". A run of
 * non-ASCII characters is re-encoded as Mac OS Roman and kept only where those bytes are
 * valid UTF-8; genuine text such as "é" or "————" is not, and stays as it is.
 */
final class Mojibake {

  private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
  private static final Pattern NON_ASCII_RUN = Pattern.compile("[^\\x00-\\x7F]{2,}");

  private Mojibake() {}

  static String repair(String text) {
    Matcher run = NON_ASCII_RUN.matcher(text);
    StringBuilder repaired = new StringBuilder();
    while (run.find()) {
      run.appendReplacement(repaired, Matcher.quoteReplacement(decoded(run.group())));
    }
    run.appendTail(repaired);
    return repaired.toString();
  }

  private static String decoded(String run) {
    try {
      CharsetEncoder encoder = MAC_ROMAN.newEncoder()
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(run));
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(bytes).toString();
    } catch (CharacterCodingException notMojibake) {
      return run;
    }
  }
}
