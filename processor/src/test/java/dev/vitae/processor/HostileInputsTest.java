package dev.vitae.processor;

import static dev.vitae.processor.HostileCompiler.cv;
import static dev.vitae.processor.HostileCompiler.errors;
import static dev.vitae.processor.HostileCompiler.literal;
import static dev.vitae.processor.HostileCompiler.record;

import com.google.testing.compile.Compilation;
import dev.vitae.pdf.FontCatalog;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Generated malformed sources and hostile strings, one compilation each, by class of input. Each
 * case states what javac must say (exit status and the tagged error on the right line), which
 * files must be on disk before and after, and {@link HostileCompiler#invariants} (no crash, no
 * internal error, nothing outside the output folder, JSON that parses). Prints, per class, the
 * cases tried and the failures.
 */
class HostileInputsTest {

  /** What a CV writes: the text formats and the PDF of the built-in engine. */
  private static final List<String> FORMATS = List.of("html", "json", "md", "pdf", "tex", "txt");
  private static final String VALID = "Vitae.cv().basics(b -> b.name(\"Jane Doe\")).build()";

  @AfterContainer
  static void printTally() {
    HostileCompiler.TALLY.forEach((kind, counts) -> System.out.println("[vitae] hostile "
        + kind + ": " + counts[0] + " cases tried, " + counts[1] + " failures"));
  }

  // --- CV names --------------------------------------------------------------------------

  @Provide
  Arbitrary<String> goodNames() {
    return Arbitraries.strings().withChars("abcxyzABC019-_").ofMinLength(1).ofMaxLength(20)
        .filter(name -> !name.matches("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9]).*"));
  }

  @Provide
  Arbitrary<String> badNames() {
    // ".." inside a name ("a..b") is a plain file name; as the whole name it is in `whole`
    Arbitrary<String> hostile = Arbitraries.of("/", "\\", "\0", "\u0001", "\u001f",
        "\u007f", "\u202e", "\ud800", ":", "*", "?", "\"", "<", "|", "/etc/passwd", "../..");
    Arbitrary<String> inside = Combinators.combine(goodNames(), hostile, goodNames())
        .as((a, h, b) -> a + h + b);
    Arbitrary<String> whole = Arbitraries.of("", ".", "..", " ", "CON", "con", "nul.txt",
        "Aux.tar.gz", "COM1", "lpt9.md", "PRN", " jane", "jane ", ".jane", "jane.", "\u00a0jane",
        "a".repeat(101), "/abs/evil", "C:evil", "\\\\server\\share");
    return Arbitraries.oneOf(inside, whole);
  }

  @Property(tries = 15)
  boolean aGoodNameWritesItsOutputsInItsFolder(@ForAll("goodNames") String name) {
    HostileCompiler compiler = new HostileCompiler();
    Compilation compilation = compiler.compile(cv("@Cv(" + literal(name) + ")", VALID));
    List<String> failures = compiler.invariants(compilation);
    List<String> expected = FORMATS.stream().map(ext -> name + "/" + name + "." + ext).toList();
    if (compilation.status() != Compilation.Status.SUCCESS
        || !compiler.outputs().equals(new ArrayList<>(new TreeSet<>(expected)))) {
      failures.add(name + ": " + compilation.status() + " " + compiler.outputs());
    }
    return record("cv-name (good)", failures);
  }

  @Property(tries = 30)
  boolean aBadNameIsAnErrorAtTheAnnotationAndWritesNothing(@ForAll("badNames") String name) {
    HostileCompiler compiler = new HostileCompiler();
    compiler.seed("other", "other.json");
    Compilation compilation = compiler.compile(cv("@Cv(" + literal(name) + ")", VALID));
    List<String> failures = compiler.invariants(compilation);
    if (compilation.status() != Compilation.Status.FAILURE
        || !errors(compilation, "[vitae:cv-name]").stream().allMatch(e -> e.startsWith("5:"))
        || errors(compilation, "[vitae:cv-name]").size() != 1
        || !compiler.outputs().equals(List.of("other/other.json"))) {
      failures.add(literal(name) + ": " + compilation.errors() + " " + compiler.outputs());
    }
    return record("cv-name (bad)", failures);
  }

  // --- texts -------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> invisible() {
    return Arbitraries.strings().withChars(" \t\n\u00a0\u2000\u2003\u200a\u200b\u200c\u200d"
        + "\u2060\ufeff\u3000\u0001\u0000\u001f\u180e\u202f").ofMinLength(0).ofMaxLength(6);
  }

  @Property(tries = 12)
  boolean anInvisibleNameCountsAsMissing(@ForAll("invisible") String name) {
    HostileCompiler compiler = new HostileCompiler();
    compiler.seed("jane", "jane.json", "jane.de.tex");
    Compilation compilation = compiler.compile(cv("@Cv",
        "Vitae.cv().basics(b -> b.name(" + literal(name) + ")).build()"));
    List<String> failures = compiler.invariants(compilation);
    if (compilation.status() != Compilation.Status.FAILURE
        || errors(compilation, "[vitae:required] basics: name is missing").size() != 1
        || !compiler.outputs().isEmpty()) {
      failures.add(literal(name) + ": " + compilation.errors() + " " + compiler.outputs());
    }
    return record("text (invisible)", failures);
  }

  /** Where a text goes: a builder chain with %s for the literal, and the text's purpose. */
  private static final List<String> TEXT_PLACES = List.of(
      "Vitae.cv().basics(b -> b.name(\"Jane\").label(%s)).build()",
      "Vitae.cv().basics(b -> b.name(\"Jane\").summary(%s)).build()",
      "Vitae.cv().basics(b -> b.name(\"Jane\")).work(w -> w.name(\"X\").start(2020).highlight(%s)).build()",
      "Vitae.cv().basics(b -> b.name(\"Jane\")).section(%s, s -> s.entry(e -> e.title(\"T\"))).build()",
      "Vitae.cv().basics(b -> b.name(\"Jane\")).skill(s -> s.name(\"Go\").keywords(\"a\", %s)).build()",
      "Vitae.cv(\"en\", \"de\").basics(b -> b.name(\"Jane\", de(\"Jana\")).label(\"L\", de(%s))).build()");

  @Provide
  Arbitrary<String> brokenTexts() {
    Arbitrary<String> flaw = Arbitraries.of("\ud800", "\udfff", "\u0000", "\u0007", "\u001b",
        "\u007f", "\u0085", "\ufffe", "\uffff", "\ufdd0");
    Arbitrary<String> text = Arbitraries.strings().alpha().numeric().ofMaxLength(8);
    return Combinators.combine(text, flaw, text).as((a, f, b) -> a + f + b);
  }

  @Provide
  Arbitrary<String> strangeButFineTexts() {
    Arbitrary<String> text = Arbitraries.strings()
        .withChars("\\{}$&#%^_~<>\"'`*[]()|!@/;:\t\n a\u00e9\u4e2d\u05d0\u202e\u200d")
        .ofMinLength(1).ofMaxLength(16).filter(t -> t.chars().anyMatch(Character::isLetter))
        // "**" and "](" make markup, which is checked (an unclosed one, a link with no target
        // is an error: MoreChecksTest); every other character here must be written as it is
        .filter(t -> !t.contains("**") && !t.contains("]("));
    Arbitrary<String> emoji = Arbitraries.of("", "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udcbb");
    return Combinators.combine(text, emoji).as(String::concat);
  }

  @Property(tries = 20)
  boolean aBrokenTextIsAnErrorAtItsArgument(@ForAll("brokenTexts") String text,
      @ForAll("textPlaces") String place) {
    HostileCompiler compiler = new HostileCompiler();
    Compilation compilation = compiler.compile(cv("@Cv", String.format(place, literal(text))));
    List<String> failures = compiler.invariants(compilation);
    if (compilation.status() != Compilation.Status.FAILURE
        || errors(compilation, "[vitae:text]").size() != 1
        || !errors(compilation, "[vitae:text]").get(0).startsWith("5:")
        || !compiler.outputs().isEmpty()) {
      failures.add(literal(text) + " in " + place + ": " + compilation.errors());
    }
    return record("text (lone surrogate, control character)", failures);
  }

  /**
   * Written as it is, in every format; or, when the PDF's fonts lack one of its characters (the
   * Hebrew letter), one [vitae:font] error at the text and nothing written.
   */
  @Property(tries = 15)
  boolean aStrangeTextIsWrittenAsItIs(@ForAll("strangeButFineTexts") String text,
      @ForAll("textPlaces") String place) {
    HostileCompiler compiler = new HostileCompiler();
    Compilation compilation = compiler.compile(cv("@Cv", String.format(place, literal(text))));
    List<String> failures = compiler.invariants(compilation);
    boolean printable = FontCatalog.shared().missing(text).isEmpty();
    if (printable ? compilation.status() != Compilation.Status.SUCCESS
        || compiler.outputs().size() != (place.contains("\"de\"") ? 2 : 1) * FORMATS.size()
        : errors(compilation, "[vitae:font]").size() != 1
            || !errors(compilation, "[vitae:font]").get(0).startsWith("5:")
            || !compiler.outputs().isEmpty()) {
      failures.add(literal(text) + " in " + place + ": " + compilation.errors() + " "
          + compiler.outputs());
    }
    return record("text (markup and escapes)", failures);
  }

  @Provide
  Arbitrary<String> textPlaces() {
    return Arbitraries.of(TEXT_PLACES);
  }

  // --- dates -------------------------------------------------------------------------------

  @Property(tries = 20)
  boolean aDateIsWrittenOnlyWhenItExists(
      @ForAll("years") int year, @ForAll("parts") int month, @ForAll("parts") int day) {
    HostileCompiler compiler = new HostileCompiler();
    Compilation compilation = compiler.compile(cv("@Cv", "Vitae.cv().basics(b -> b.name(\"J\"))"
        + ".work(w -> w.name(\"X\").start(" + year + ", " + month + ", " + day + ")).build()"));
    List<String> failures = compiler.invariants(compilation);
    boolean real;
    try {
      LocalDate.of(year, month, day);
      real = year >= 1000 && year <= 9999;
    } catch (DateTimeException notADate) {
      real = false;
    }
    boolean asExpected = real
        ? compilation.status() == Compilation.Status.SUCCESS
            && compiler.outputs().size() == FORMATS.size()
        : compilation.status() == Compilation.Status.FAILURE
            && errors(compilation, "[vitae:date]").size() == 1 && compiler.outputs().isEmpty();
    if (!asExpected) {
      failures.add(year + "-" + month + "-" + day + ": " + compilation.errors());
    }
    return record("date", failures);
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.of(-1, 0, 21, 999, 1000, 2021, 2024, 9999, 10000);
  }

  @Provide
  Arbitrary<Integer> parts() {
    return Arbitraries.oneOf(Arbitraries.of(-1, 0, 13, 29, 30, 31, 32), Arbitraries.integers()
        .between(1, 12));
  }

  // --- links -------------------------------------------------------------------------------

  @Provide
  Arbitrary<String> brokenLinks() {
    Arbitrary<String> base = Arbitraries.of("https://example.com/a/b", "http://jane.dev/x?y=1",
        "mailto:jane@example.com");
    Arbitrary<String> flaw = Arbitraries.of("\"", "'", " ", "<", ">", "\\", "'onmouseover='x",
        "\"><script>", "\u00a0");
    return Combinators.combine(base, flaw, Arbitraries.integers().between(8, 14))
        .as((b, f, at) -> b.substring(0, at) + f + b.substring(at));
  }

  @Property(tries = 15)
  boolean aLinkWithAQuoteSpaceOrBracketIsAnError(@ForAll("brokenLinks") String link,
      @ForAll boolean asEmail) {
    HostileCompiler compiler = new HostileCompiler();
    String value = asEmail ? link.replaceFirst("^[a-z]+:(//)?", "").replace("/", "@x") : link;
    String setter = asEmail ? "email" : "url";
    Compilation compilation = compiler.compile(cv("@Cv", "Vitae.cv().basics(b -> b.name(\"J\")."
        + setter + "(" + literal(value) + ")).build()"));
    List<String> failures = compiler.invariants(compilation);
    String tag = asEmail ? "[vitae:email]" : "[vitae:url]";
    if (compilation.status() != Compilation.Status.FAILURE
        || errors(compilation, tag).size() != 1 || !compiler.outputs().isEmpty()) {
      failures.add(literal(value) + ": " + compilation.errors());
    }
    return record("link (url, e-mail)", failures);
  }

  // --- label patterns ------------------------------------------------------------------

  @Property(tries = 12)
  boolean aDatePatternEitherWorksOrIsAnError(@ForAll("patterns") String pattern) {
    HostileCompiler compiler = new HostileCompiler();
    Compilation compilation = compiler.compile(cv("@Cv", "Vitae.cv().label(\"en\","
        + " Label.MONTH_FORMAT, " + literal(pattern) + ").basics(b -> b.name(\"J\"))"
        + ".work(w -> w.name(\"X\").start(2021, 2).end(2022, 3)).build()"));
    List<String> failures = compiler.invariants(compilation);
    boolean fine = compilation.status() == Compilation.Status.SUCCESS
        && compiler.outputs().size() == FORMATS.size();
    boolean reported = compilation.status() == Compilation.Status.FAILURE
        && errors(compilation, "[vitae:label]").size() == 1 && compiler.outputs().isEmpty();
    if (!fine && !reported) {
      failures.add(literal(pattern) + ": " + compilation.errors());
    }
    return record("label (date pattern)", failures);
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.strings().withChars("GuyDMLdQqYwWEeFaBhKkHmsSnNVzOXxZp '.{").ofMinLength(1)
        .ofMaxLength(6);
  }

  // --- nesting -----------------------------------------------------------------------------

  @Property(tries = 8)
  boolean bulletsNestTwelveLevelsAndNoDeeper(@ForAll("depths") int depth) {
    HostileCompiler compiler = new HostileCompiler();
    String nested = "h -> h.highlight(\"leaf\")";
    for (int level = depth - 1; level > 1; level--) {
      nested = "h" + level + " -> h" + level + ".highlight(\"l" + level + "\", " + nested + ")";
    }
    String chain = "Vitae.cv().basics(b -> b.name(\"J\")).work(w -> w.name(\"X\").start(2020)"
        + (depth == 1 ? ".highlight(\"top\")" : ".highlight(\"top\", " + nested + ")") + ").build()";
    Compilation compilation = compiler.compile(cv("@Cv", chain));
    List<String> failures = compiler.invariants(compilation);
    boolean asExpected = depth <= 12
        ? compilation.status() == Compilation.Status.SUCCESS
        : errors(compilation, "[vitae:nesting]").size() == 1 && compiler.outputs().isEmpty();
    if (!asExpected) {
      failures.add(depth + " levels: " + compilation.errors());
    }
    return record("nesting", failures);
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 14), Arbitraries.of(40, 150));
  }

  // --- method shapes, erroneous code, stale outputs ----------------------------------------

  @Provide
  Arbitrary<String> misshapenMethods() {
    return Arbitraries.of(
        "@Cv(\"jane\") Resume jane() { return " + VALID + "; }",
        "@Cv(\"jane\") static Resume jane(int x) { return " + VALID + "; }",
        "@Cv(\"jane\") static Object jane() { return " + VALID + "; }",
        "@Cv(\"jane\") static native Resume jane();",
        "@Cv(\"jane\") abstract Resume jane();",
        "static Object o = new Object() { @Cv(\"jane\") Resume jane() { return null; } };",
        "static void m() { class L { @Cv(\"jane\") static Resume jane() { return null; } } }",
        "@Cv(\"jane\") static Resume jane() { return " + VALID + "; } int x() { return \"s\"; }",
        "@Cv(\"jane\") static Resume jane() { return " + VALID + "; } Undefined u;",
        "@Cv(\"jane\") static Resume jane() { return Vitae.cv().basics(b -> b.nam(\"J\")).build(); }",
        "@Cv(\"jane\") static Resume jane() { return " + VALID + "; } int y() { }",
        "@Cv(\"jane\") static Resume jane() { int i = 0; i++; return " + VALID + "; }");
  }

  @Property(tries = 12)
  boolean aFailedCompilationLeavesNoOutputOfTheCv(@ForAll("misshapenMethods") String members) {
    HostileCompiler compiler = new HostileCompiler();
    // the .pdf is an output like the others; the .docx is no file of Vitae's and stays
    compiler.seed("jane", "jane.json", "jane.tex", "jane.de.html", "jane.pdf", "jane.docx");
    Compilation compilation = compiler.compile(HostileCompiler.source(members));
    List<String> failures = compiler.invariants(compilation);
    boolean local = members.contains("new Object()") || members.contains("class L");
    if (compilation.status() != Compilation.Status.FAILURE
        || !compiler.outputs().equals(local ? List.of("jane/jane.de.html", "jane/jane.docx",
            "jane/jane.json", "jane/jane.pdf", "jane/jane.tex") : List.of("jane/jane.docx"))) {
      failures.add(members + ": " + compilation.errors() + " " + compiler.outputs());
    }
    return record("method shape and erroneous code", failures);
  }

  @Property(tries = 6)
  boolean aSuccessfulCompilationLeavesExactlyTheCurrentOutputs(
      @ForAll("languageSets") List<String> before, @ForAll("languageSets") List<String> after) {
    HostileCompiler compiler = new HostileCompiler();
    compiler.compile(cv("@Cv", multilingual(before)));
    Compilation compilation = compiler.compile(cv("@Cv", multilingual(after)));
    List<String> failures = compiler.invariants(compilation);
    Set<String> expected = new TreeSet<>();
    for (String language : after) {
      for (String format : FORMATS) {
        expected.add(after.size() == 1 ? "jane/jane." + format
            : "jane/jane." + language + "." + format);
      }
    }
    if (compilation.status() != Compilation.Status.SUCCESS
        || !compiler.outputs().equals(new ArrayList<>(expected))) {
      failures.add(before + " then " + after + ": " + compiler.outputs());
    }
    return record("stale outputs (languages)", failures);
  }

  @Provide
  Arbitrary<List<String>> languageSets() {
    return Arbitraries.of(List.of("en"), List.of("en", "de"), List.of("en", "fr", "de"),
        List.of("en", "ja"));
  }

  private static String multilingual(List<String> languages) {
    StringBuilder tags = new StringBuilder();
    StringBuilder translations = new StringBuilder();
    for (String language : languages) {
      tags.append(tags.length() == 0 ? "" : ", ").append('"').append(language).append('"');
      if (!language.equals("en")) {
        translations.append(", in(\"").append(language).append("\", \"Jane\")");
      }
    }
    return "Vitae.cv(" + tags + ").basics(b -> b.name(\"Jane\"" + translations + ")).build()";
  }

  static Map<String, int[]> tally() {
    return HostileCompiler.TALLY;
  }
}
