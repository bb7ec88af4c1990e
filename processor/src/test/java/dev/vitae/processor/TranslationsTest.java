package dev.vitae.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;

import com.google.testing.compile.Compilation;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** A CV in several languages: every text translated, or a declared fallback. */
class TranslationsTest {

  @Test
  void aMissingTranslationIsReportedAtItsText() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv("en", "zh-Hans").basics(b -> b.name("Jane Doe", zhHans("简·多伊"))
                .label("Engineer"))
            .build()"""));
    assertError(compilation, 9, 16, "[vitae:missing-translation] basics.label \"Engineer\" has no"
        + " zh-Hans text; add zhHans(\"...\") to the call, or declare .fallback(\"zh-Hans\","
        + " \"en\")");
  }

  @Test
  void aMissingTranslationInANestedHighlightIsReportedAtItsText() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv("en", "zh-Hans").basics(b -> b.name("Jane", zhHans("简")))
            .work(w -> w.name("Tencent", zhHans("腾讯")).start(2021)
                .highlight(Vitae.text("Kernels", zhHans("算子")), h -> h.highlight("H20")))
            .build()"""));
    assertError(compilation, 10, 74, "[vitae:missing-translation]"
        + " work[0].highlight[0].highlight[0].text \"H20\" has no zh-Hans text");
  }

  @Test
  void aFallbackStandsInForMissingTranslations() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv("en", "zh-Hans").fallback("zh-Hans", "en")
            .basics(b -> b.name("Jane Doe", zhHans("简·多伊")).label("Engineer"))
            .build()"""));
    assertThat(compilation).succeededWithoutWarnings();
    for (String language : new String[] {"en", "zh-Hans"}) {
      for (String format : new String[] {"tex", "html", "json"}) {
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "",
            "cv/jane/jane." + language + "." + format);
      }
    }
  }

  @Test
  void aTranslationIntoAnUndeclaredLanguageIsReported() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").label("Engineer", de("Ingenieurin")))
            .build()"""));
    assertError(compilation, 8, 61, "[vitae:language] basics.label \"Engineer\" translated into"
        + " de: de is not a language of this CV; declare it: Vitae.cv(\"en\", \"de\")");
  }

  @Test
  void aLanguageMustBeABcp47Tag() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv("en", "chinese").fallback("chinese", "en").basics(b -> b.name("Jane"))
            .build()"""));
    assertThat(compilation).hadErrorContaining("[vitae:language] language \"chinese\" is not a"
        + " BCP 47 language tag; write it like \"en\", \"zh-Hans\" or \"pt-BR\"")
        .inFile(compilation.sourceFiles().get(0)).onLine(8).atColumn(16);
  }

  @Test
  void aLabelPatternMustBeADatePattern() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().label("en", Label.MONTH_FORMAT, "yyyy.{M").basics(b -> b.name("Jane"))
            .build()"""));
    assertError(compilation, 8, 44, "[vitae:label] MONTH_FORMAT \"yyyy.{M\" is not a date"
        + " pattern; write one like \"MMM yyyy\" or \"yyyy.M\"");
  }
}
