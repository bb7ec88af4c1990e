package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every text: the escaper's output is inert, complete and paragraph-free. */
class LatexEscaperPropertiesTest {

  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

  @Property
  void everySpecialCharacterComesOutEscaped(@ForAll("texts") String text) {
    EscapedLatex.decode(LatexEscaper.escape(text)); // throws on a bare special character
  }

  @Property
  void arbitraryUnicodeComesOutInert(@ForAll String text) {
    EscapedLatex.decode(LatexEscaper.escape(text));
  }

  @Property
  void everyPrintableCharacterSurvives(@ForAll("texts") String text) {
    String printed = EscapedLatex.decode(LatexEscaper.escape(text));
    assertEquals(withoutWhiteSpace(printable(text)), withoutWhiteSpace(printed));
  }

  @Property
  void noBlankLineAndNoLineBreakAtEitherEnd(@ForAll("texts") String text) {
    String latex = LatexEscaper.escape(text);
    assertFalse(BLANK_LINE.matcher(latex).find(), latex);
    assertFalse(latex.startsWith("\n"), latex);
    assertFalse(latex.endsWith("\n"), latex);
  }

  @Property
  void noControlCharacterButTabAndNewline(@ForAll("texts") String text) {
    assertTrue(LatexEscaper.escape(text).chars()
        .allMatch(c -> c == '\t' || c == '\n' || (c >= 0x20 && (c < 0x7F || c > 0x9F))));
  }

  @Property
  void aLineBreakStaysALineBreak(@ForAll("lines") List<String> lines) {
    String latex = LatexEscaper.escape(String.join("\n", lines));
    assertEquals(lines.size() - 1, latex.chars().filter(c -> c == '\n').count(), latex);
  }

  @Property
  void urlsHoldOnlyCharactersHrefTakesLiterally(@ForAll("texts") String url) {
    String escaped = LatexEscaper.escapeUrl(url);
    String withoutEscapes = escaped.replace("\\%", "").replace("\\#", "");
    assertTrue(withoutEscapes.chars()
        .allMatch(c -> c > ' ' && c < 0x7F && "\\{}^%#\"<>|` ".indexOf(c) < 0), escaped);
  }

  @Property
  void urlsDecodeToTheirUtf8Bytes(@ForAll("texts") String url) {
    String withoutPercent = url.replace("%", ""); // the author's own %XX would decode too
    String percentEncoded = LatexEscaper.escapeUrl(withoutPercent)
        .replace("\\%", "%").replace("\\#", "#").replace("+", "%2B");
    String asUtf8 = new String(withoutPercent.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertEquals(asUtf8, URLDecoder.decode(percentEncoded, StandardCharsets.UTF_8));
  }

  /** Text rich in what is hard for LaTeX: specials, white space, controls, symbols, emoji. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(codePoints("\\{}$&#%_^~<>|"))),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(codePoints(" \t\n\r\u2028\u2029"))),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x20, 0x7E)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(codePoints("σ≥×→–“”中文✓★Ж\u0301\u200D\uFE0F\u20E3"))),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x1F1E6, 0x1F6FF)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0x10FFFF)));
    return codePoint.list().ofMaxSize(40).map(points -> points.stream()
        .map(Character::toString).collect(Collectors.joining()));
  }

  /** Lines with something printable on each. */
  @Provide
  Arbitrary<List<String>> lines() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(10)
        .list().ofMinSize(1).ofMaxSize(6);
  }

  private static List<Integer> codePoints(String characters) {
    return characters.codePoints().boxed().toList();
  }

  /** What the escaper keeps of a text: all but controls, lone surrogates and non-characters. */
  private static String printable(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints()
        .filter(c -> c == '\t' || c == '\n' || c >= 0x20)
        .filter(c -> c < 0x7F || c > 0x9F)
        .filter(c -> !(c >= 0xD800 && c <= 0xDFFF))
        .filter(c -> !(c >= 0xFDD0 && c <= 0xFDEF) && (c & 0xFFFE) != 0xFFFE)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static String withoutWhiteSpace(String text) {
    return WHITE_SPACE.matcher(text.replace("\u2028", "").replace("\u2029", "")).replaceAll("");
  }
}
