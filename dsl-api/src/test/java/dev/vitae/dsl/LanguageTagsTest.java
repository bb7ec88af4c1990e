package dev.vitae.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.check.CvChecker;
import dev.vitae.dsl.check.Problem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CV's languages are BCP 47 tags as the JDK reads them ({@code Locale.Builder}), in the
 * JDK's spelling, with a language of two or three letters: ISO 639-1 and ISO 639-2/3 alike.
 */
class LanguageTagsTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "fil", "yue", "haw", "zh-Hans", "zh-Hant-TW", "pt-BR",
      "sr-Latn-RS", "es-419", "de-CH-1996", "en-GB-x-oed"})
  void aWellFormedTagIsAccepted(String tag) {
    assertEquals(List.of(), problems(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"english", "chinese", "zh_CN", "x", "x-klingon", "e", "en-", "abcd",
      "und", ""})
  void somethingElseIsNotATag(String tag) {
    assertEquals(List.of("translations[0]: [vitae:language] language \"" + tag + "\" is not a"
        + " BCP 47 language tag; write it like \"en\", \"zh-Hans\" or \"pt-BR\""), problems(tag));
  }

  @ParameterizedTest
  @CsvSource({"EN, en", "en-us, en-US", "zh-hans, zh-Hans", "iw, he", "i-klingon, tlh"})
  void aTagInAnotherSpellingIsToldItsOwn(String tag, String canonical) {
    assertEquals(List.of("translations[0]: [vitae:language] language \"" + tag + "\" is a"
        + " BCP 47 language tag in another spelling; write it as \"" + canonical + "\""),
        problems(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"english", "fil"})
  void theFirstLanguageIsCheckedToo(String tag) {
    List<String> problems = CvChecker.check(Vitae.cv(tag).basics(b -> b.name("Jane"))
        .toModel()).stream().map(Problem::toString).toList();
    assertEquals(tag.equals("fil") ? List.of() : List.of("primary: [vitae:language] language"
        + " \"english\" is not a BCP 47 language tag; write it like \"en\", \"zh-Hans\" or"
        + " \"pt-BR\""), problems);
  }

  /** The problems of a CV in English translated into {@code tag}, which falls back to English. */
  private static List<String> problems(String tag) {
    return CvChecker.check(Vitae.cv("en", tag).fallback(tag, "en").basics(b -> b.name("Jane"))
        .toModel()).stream().map(Problem::toString).toList();
  }
}
