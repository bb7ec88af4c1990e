package dev.vitae.generators.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.generators.Dates;
import dev.vitae.generators.Labels;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dates as each language with a built-in table writes them. Month names come from the JDK's
 * CLDR data, durations from ICU's; the expected strings were read and judged by a person.
 */
class DatesTest {

  /** How one language writes June 2025, 8 September 2021, "since June 2025" and 31 months. */
  record Written(String language, String month, String day, String ongoing, String duration) {

    @Override
    public String toString() {
      return language;
    }
  }

  static Stream<Written> languages() {
    return Stream.of(
        new Written("en", "Jun 2025", "8 Sep 2021", "Jun 2025 – Present", "2 years, 7 months"),
        new Written("zh-Hans", "2025年6月", "2021年9月8日", "2025年6月 – 至今", "2年7个月"),
        // CLDR puts spaces between numbers and units in Traditional Chinese and Japanese
        new Written("zh-Hant", "2025年6月", "2021年9月8日", "2025年6月 – 至今", "2 年 7 個月"),
        new Written("ja", "2025年6月", "2021年9月8日", "2025年6月 – 現在", "2 年 7 か月"),
        new Written("ko", "2025년 6월", "2021년 9월 8일", "2025년 6월 – 현재", "2년 7개월"),
        new Written("de", "Juni 2025", "8. Sept. 2021", "Juni 2025 – heute",
            "2 Jahre, 7 Monate"),
        // CLDR keeps "mois" on the line of its number, with a no-break space
        new Written("fr", "juin 2025", "8 sept. 2021", "juin 2025 – aujourd’hui",
            "2 ans et 7\u00a0mois"),
        new Written("es", "jun 2025", "8 sept 2021", "jun 2025 – actualidad",
            "2 años y 7 meses"),
        new Written("pt-BR", "jun. de 2025", "8 de set. de 2021", "jun. de 2025 – atual",
            "2 anos e 7 meses"),
        // the nominative for a month alone, the genitive after a day
        new Written("ru", "июнь 2025", "8 сент. 2021", "июнь 2025 – н. в.",
            "2 года 7 месяцев"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void datesReadAsTheLanguageWritesThem(Written expected) {
    Dates dates = new Dates(Labels.builtIn(expected.language()), expected.language());
    PartialDate june2025 = PartialDate.of(2025, 6);
    assertEquals(expected.month(), dates.format(june2025));
    assertEquals(expected.day(), dates.format(PartialDate.of(2021, 9, 8)));
    assertEquals(expected.ongoing(), dates.format(new DateRange(june2025, null, true)));
    // July 2018 to January 2021, both months counted: 31 months
    assertEquals(expected.duration(), dates.duration(
        new DateRange(PartialDate.of(2018, 7), PartialDate.of(2021, 1), false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void yearsAloneCarryTheLanguagesYearWord(Written expected) {
    Dates dates = new Dates(Labels.builtIn(expected.language()), expected.language());
    String year = switch (expected.language()) {
      case "zh-Hans", "zh-Hant", "ja" -> "2019年";
      case "ko" -> "2019년";
      default -> "2019";
    };
    assertEquals(year, dates.format(PartialDate.of(2019)));
  }
}
