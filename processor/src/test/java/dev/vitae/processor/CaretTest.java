package dev.vitae.processor;

import static dev.vitae.processor.CvSources.cv;
import static dev.vitae.processor.RulesTest.assertError;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The caret lands on the very argument a problem is about, found through the builders'
 * method and parameter names (the {@code month} of {@code end(int year, int month)}): renaming
 * a parameter, or spelling a problem's path differently from the builders, moves the caret
 * and fails here. Lines and columns as in {@link RulesTest}.
 */
class CaretTest {

  @Test
  void theMonthOfAnEndIsTheMonthArgument() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("Tencent").start(2019, 1).end(2021, 13))
            .build()"""));
    assertError(compilation, 9, 59, "[vitae:date] work \"Tencent\": end 2021-13 is not a real"
        + " date: the month must be 1 to 12");
  }

  @Test
  void theYearOfAnEndIsTheYearArgument() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .work(w -> w.name("Tencent").start(2019, 1).end(21, 3))
            .build()"""));
    assertError(compilation, 9, 53, "[vitae:date] work \"Tencent\": end 0021-03 is not a real"
        + " date: the year must have four digits");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "award(a -> a.title(\"Best Paper\").date(2021, 13))      | 50 | award \"Best Paper\"",
      "certificate(c -> c.name(\"CKA\").date(2021, 13))       | 48 | certificate \"CKA\"",
      "publication(p -> p.name(\"Kernels\").date(2021, 13))   | 52 | publication \"Kernels\""})
  void theMonthOfADateIsTheMonthArgument(String entry, int column, String label) {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .%s
            .build()""".formatted(entry)));
    assertError(compilation, 9, column, "[vitae:date] " + label + ": date 2021-13 is not a real"
        + " date: the month must be 1 to 12");
  }

  @Test
  void aTableRowWithTooFewCellsIsItsRowCall() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .section("Blogs", s -> s.columns("Type", "Blog").row("Infra", "cnr.sh").row("a"))
            .build()"""));
    assertError(compilation, 9, 81, "[vitae:table] section \"Blogs\": row 2 has 1 cell but the"
        + " table has 2 columns; give one cell per column of .columns(...)");
  }

  @Test
  void theCvsFirstLanguageIsNotMistakenForItsLanguagesSection() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv("english").basics(b -> b.name("Jane Doe"))
            .language(l -> l.language("German"))
            .build()"""));
    assertError(compilation, 8, 10, "[vitae:language] language \"english\" is not a BCP 47"
        + " language tag; write it like \"en\", \"zh-Hans\" or \"pt-BR\"");
  }

  @Test
  void aStyleSettingNoThemeCanTakeIsItsArgument() {
    Compilation compilation = CvSources.compile(cv("""
        Vitae.cv().basics(b -> b.name("Jane Doe"))
            .style(s -> s.theme(Theme.MODERN).paper(Paper.LETTER).fontSize(30))
            .build()"""));
    assertError(compilation, 9, 68, "[vitae:style] style font size 30.0 pt is out of range;"
        + " themes are made for 8 to 14 pt");
  }
}
