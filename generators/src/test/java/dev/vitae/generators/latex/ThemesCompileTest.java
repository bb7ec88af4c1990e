package dev.vitae.generators.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;
import dev.vitae.generators.ExternalTools;
import dev.vitae.generators.SampleCvs;
import dev.vitae.generators.SparseCv;
import dev.vitae.generators.i18n.BilingualCv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample CV in every theme compiles with xelatex (two at a time, each within two
 * minutes: a long run once made xelatex hang) into a PDF whose log reports no overfull or
 * underfull box and no missing character, and whose text keeps what the CV said: symbols,
 * emoji and lists nested to the limit, TeX commands as text, the long runs whole, every one of
 * sixty short entries, stacked accents, mathematical letters and Arabic in italics.
 */
class ThemesCompileTest {

  private static final Map<String, Supplier<Resume>> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put("complete", SampleCvs::complete);
    SAMPLES.put("sparse", SparseCv::create);
    SAMPLES.put("symbols", SymbolsCv::create);
    SAMPLES.put("hostile", SampleCvs::hostile);
    SAMPLES.put("bilingual", BilingualCv::create);
    SAMPLES.put("long-runs", LongRunsCv::hostile);
    SAMPLES.put("many-entries", LongRunsCv::manyEntries);
  }

  @TempDir static Path work;
  private static ExecutorService pool;
  private static final Map<String, Future<Compiled>> COMPILED = new LinkedHashMap<>();

  record Compiled(Xelatex.Run run, String text) {}

  @BeforeAll
  static void compileEverySampleInEveryTheme() {
    Path xelatex = ExternalTools.require("xelatex", "texlive-xetex");
    Path pdftotext = ExternalTools.require("pdftotext", "poppler-utils");
    pool = Executors.newFixedThreadPool(2);
    SAMPLES.forEach((sample, cv) -> {
      for (Theme theme : Theme.values()) {
        Resume styled = cv.get().withStyle(cv.get().style().with(theme.key(), null, null, null));
        String latex = new LatexGenerator().render(styled);
        String name = sample + "." + theme.key();
        COMPILED.put(name, pool.submit(() -> {
          Path directory = Files.createDirectories(work.resolve(name));
          Xelatex.Run run = Xelatex.compile(xelatex, latex, directory, 2);
          return new Compiled(run, run.pdfWritten() ? Xelatex.text(pdftotext, run.pdf()) : "");
        }));
      }
    });
  }

  @AfterAll
  static void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @TestFactory
  List<DynamicTest> everySampleInEveryThemeCompilesCleanly() {
    List<DynamicTest> tests = new ArrayList<>();
    COMPILED.forEach((name, compiled) -> tests.add(DynamicTest.dynamicTest(name, () -> {
      Xelatex.Run run = compiled.get().run();
      assertEquals(0, run.exitCode(), name + ": xelatex failed:\n" + run.problems());
      System.out.printf("[vitae] %s: %d page(s)%n", name, run.pages());
      assertEquals(List.of(), run.badBoxes(), name);
      assertEquals(List.of(), run.missingCharacters(), name);
      String text = compiled.get().text();
      assertFalse(text.contains("\uFFFD"), name + ": a replacement character in\n" + text);
      String sample = name.substring(0, name.lastIndexOf('.'));
      if (sample.equals("symbols")) {
        keepsTheSymbols(name, text);
      } else if (sample.equals("hostile")) {
        assertTrue(text.contains("\\input{/etc/passwd}"), text);
        assertFalse(text.contains("root:x:0:0"), "the PDF holds /etc/passwd:\n" + text);
      } else if (sample.equals("long-runs")) {
        keepsTheLongRuns(name, text);
      } else if (sample.equals("many-entries")) {
        for (int i = 1; i <= LongRunsCv.ENTRIES; i++) {
          assertTrue(Pattern.compile("Certificate " + i + "\\b").matcher(text).find(),
              name + ": certificate " + i + " is lost:\n" + text);
          assertTrue(Pattern.compile("Award " + i + "\\b").matcher(text).find(),
              name + ": award " + i + " is lost:\n" + text);
        }
      }
    })));
    return tests;
  }

  private static void keepsTheSymbols(String name, String text) {
    String flat = text.replaceAll("\\s+", "");
    assertTrue(flat.contains("张伟"), name + ":\n" + text);
    assertTrue(flat.contains("Latency≥40%lower,3×faster→σ=0.5"), name + ":\n" + text);
    // markup reads "\\]" as an escaped "]"; pdftotext loses a "-" between punctuation
    String ascii = SymbolsCv.ASCII.replaceAll("\\s+", "").replace("\\", "").replace("-", "");
    assertTrue(flat.replace("-", "").contains(ascii), name + ":\n" + text);
    assertTrue(flat.contains("第" + SymbolsCv.DEPTH + "层level" + SymbolsCv.DEPTH), name);
  }

  private static void keepsTheLongRuns(String name, String text) {
    String flat = text.replaceAll("\\s+", "");
    assertTrue(count(flat, 'x') >= LongRunsCv.LONG_WORD.length() * 3, name + ": x");
    assertTrue(count(flat, '&') >= LongRunsCv.AMPERSANDS.length(), name + ": &");
    assertTrue(count(flat, '[') >= LongRunsCv.BRACKETS.length(), name + ": [");
    assertTrue(flat.contains(LongRunsCv.SCHEMES), name + ": ://");
    assertTrue(flat.contains(LongRunsCv.LONG_URL), name + ": the long URL");
    assertTrue(flat.contains(LongRunsCv.LONG_NAME), name + ": the long name");
    assertTrue(flat.contains("u".repeat(300)), name + ": the long user name");
    assertTrue(flat.contains("𝐀𝐁𝐂𝟏𝟐𝟑"), name + ": mathematical letters");
    assertTrue(flat.contains("\u0351"), name + ": stacked accents");
    assertTrue(flat.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF
        || c >= 0xFE70 && c <= 0xFEFF), name + ": Arabic");
  }

  private static long count(String text, char wanted) {
    return text.chars().filter(c -> c == wanted).count();
  }
}
