package dev.vitae.processor;

import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The rules that turn crashes and silently accepted values into errors at the argument: lines
 * count from the top of the generated Jane.java (the chain begins on line 8), columns from 1
 * on the chain's lines as written here.
 */
class HardeningRulesTest {

  @Test
  void aNullLabelTextIsALabelErrorAtTheArgument() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .label("en", Label.WORK, null)
            .build()"""));
    assertError(compilation, 9, 30, "[vitae:label] WORK has no text; give the word or pattern"
        + " to use, or leave the label out to keep the built-in one");
  }

  @Test
  void aDatePatternThatCannotFormatADateIsALabelError() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .label("en", Label.MONTH_FORMAT, "G B Q yyyy")
            .work(w -> w.name("Tencent").start(2021, FEBRUARY).ongoing())
            .build()"""));
    assertError(compilation, 9, 38, "[vitae:label] MONTH_FORMAT \"G B Q yyyy\" cannot format a"
        + " date (Unsupported field: HourOfDay)");
  }

  @Test
  void aDayWrittenAsZeroIsADateErrorAtTheZero() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("Tencent").start(2021, 3, 0))
            .build()"""));
    assertError(compilation, 9, 49, "[vitae:date] work \"Tencent\": start 2021-03-00 is not a"
        + " real date: there is no day 0; for the month alone, leave the day out");
  }

  @Test
  void aMonthWrittenAsZeroIsADateErrorAtTheZero() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .award(a -> a.title("Prize").date(2021, 0))
            .build()"""));
    assertError(compilation, 9, 45, "[vitae:date] award \"Prize\": date 2021-00 is not a real"
        + " date: there is no month 0");
  }

  @Test
  void aLoneSurrogateIsATextErrorAtItsArgument() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe").summary("Builds \\ud800 things"))
            .build()"""));
    assertError(compilation, 8, 51, "[vitae:text] basics.summary \"Builds \\uD800 things\""
        + " contains a lone surrogate U+D800 at index 7");
  }

  @Test
  void aNameOfInvisibleCharactersIsMissing() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("\\u00a0\\u200b\\ufeff\\u3000"))
            .build()"""));
    assertError(compilation, 8, 31, "[vitae:required] basics: name is missing");
  }

  @Test
  void aUrlWithAQuoteIsAnError() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe")
            .url("https://example.com/'onmouseover='alert(1)'"))
            .build()"""));
    assertError(compilation, 9, 10, "[vitae:url] basics: url"
        + " \"https://example.com/'onmouseover='alert(1)'\" contains a quote");
  }

  @Test
  void aBulletThirteenLevelsDeepIsANestingErrorAtItsText() {
    StringBuilder nested = new StringBuilder("h12 -> h12.highlight(\"thirteen\")");
    for (int level = 11; level >= 1; level--) {
      nested.insert(0, "h" + level + " -> h" + level + ".highlight(\"l" + (level + 1) + "\", ")
          .append(')');
    }
    Compilation compilation = CvSources.compile(cv(
        "Vitae.cv().basics(b -> b.name(\"Jane Doe\"))\n"
            + ".work(w -> w.name(\"Tencent\").start(2020).highlight(\"one\", " + nested + "))\n"
            + ".build()"));
    int column = (".work(w -> w.name(\"Tencent\").start(2020).highlight(\"one\", " + nested)
        .indexOf("\"thirteen\"") + 1;
    assertError(compilation, 9, column, "[vitae:nesting] work \"Tencent\": a bullet 13 levels"
        + " deep; highlights nest at most 12 levels");
  }
}
