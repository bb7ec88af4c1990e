package dev.vitae.generators.i18n;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Labels;
import dev.vitae.generators.Localized;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in label tables, how a language finds its table, and the CV's overrides. */
class LabelsTest {

  static final List<String> BUILT_IN =
      List.of("en", "zh-Hans", "zh-Hant", "ja", "ko", "de", "fr", "es", "pt-BR", "ru");

  private static final Set<Label> PATTERNS =
      Set.of(Label.MONTH_FORMAT, Label.DAY_FORMAT, Label.YEAR_FORMAT);

  static Stream<String> builtIn() {
    return BUILT_IN.stream();
  }

  /** A new table is checked like the others once it is listed here. */
  @Test
  void theTablesAreExactlyTheListedLanguages() throws IOException, URISyntaxException {
    Path directory = Path.of(Labels.class.getResource("labels").toURI());
    try (Stream<Path> files = Files.list(directory)) {
      Set<String> tables = files.map(file -> file.getFileName().toString())
          .map(name -> name.replaceFirst("\\.properties$", ""))
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(BUILT_IN), tables, "a new table belongs in BUILT_IN here,"
          + " and its dates in DatesTest, so that both get checked");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIn")
  void everyTableHasEveryLabelAndNothingElse(String language) throws IOException {
    Properties table = load(language);
    Set<String> labels = Arrays.stream(Label.values()).map(Label::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(labels, new TreeSet<>(table.stringPropertyNames()));
    assertAll(Arrays.stream(Label.values()).map(label -> () -> {
      String value = table.getProperty(label.name());
      assertFalse(value.isBlank(), label + " is blank");
      assertEquals(value.strip(), value, label + " has spaces around it");
      if (PATTERNS.contains(label)) {
        DateTimeFormatter.ofPattern(value);
      }
    }));
    assertTrue(Labels.hasBuiltIn(language));
    Labels labelsOfTable = Labels.builtIn(language);
    assertEquals(table.getProperty("PRESENT"), labelsOfTable.present());
    assertEquals(table.getProperty("WORK"), labelsOfTable.get(Label.WORK));
  }

  /** A table that just copies English for a word would be a table nobody translated. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIn")
  void everyOtherTableTranslatesTheWords(String language) {
    if (language.equals("en")) {
      return;
    }
    Labels labels = Labels.builtIn(language);
    assertNotEquals(Labels.ENGLISH.get(Label.WORK), labels.get(Label.WORK));
    assertNotEquals(Labels.ENGLISH.present(), labels.present());
    assertNotEquals(Labels.ENGLISH.get(Label.EDUCATION), labels.get(Label.EDUCATION));
  }

  @ParameterizedTest(name = "{0} reads the {1} table")
  @CsvSource({
    "zh-Hans-CN, zh-Hans",
    "zh-CN, zh-Hans",
    "zh, zh-Hans",
    "zh-TW, zh-Hant",
    "zh-HK, zh-Hant",
    "de-CH, de",
    "pt, pt-BR",
    "ja-JP, ja",
    "en-GB, en",
    "pt-PT, en",
  })
  void aLanguageWithoutATableReadsTheClosestOne(String language, String table) {
    assertFalse(Labels.hasBuiltIn(language));
    assertEquals(Labels.builtIn(table), Labels.builtIn(language));
  }

  @Test
  void italianHasNoTableAndFallsBackToEnglish() {
    assertFalse(Labels.hasBuiltIn("it"));
    assertEquals(Labels.ENGLISH, Labels.builtIn("it"));
    Localized italian = Localized.of(Vitae.cv("it").basics(b -> b.name("Giulia")).build(), "it");
    assertEquals("Work Experience", italian.labels().get(Label.WORK));
    // the month is Italian (the JDK knows it); the word for "now" is the English fallback
    assertEquals("giu 2025 – Present", italian.dates().format(ongoingSince(2025, 6)));
  }

  @Test
  void aCvOverrideWinsOverTheTable() {
    Localized chinese = Localized.of(BilingualCv.create(), "zh-Hans");
    assertEquals("项目经历", Labels.builtIn("zh-Hans").get(Label.PROJECTS));
    assertEquals(BilingualCv.PROJECTS_HEADING, chinese.labels().get(Label.PROJECTS));
    assertEquals("工作经历", chinese.labels().get(Label.WORK), "an override in English stays English");
    Localized english = Localized.of(BilingualCv.create(), "en");
    assertEquals(BilingualCv.WORK_HEADING, english.labels().get(Label.WORK));
    assertEquals("Projects", english.labels().get(Label.PROJECTS));
  }

  @Test
  void overriddenPatternsAndWordsShapeTheDates() {
    Resume cv = Vitae.cv("zh-Hans")
        .label("zh-Hans", Label.MONTH_FORMAT, "yyyy.M")
        .label("zh-Hans", Label.PRESENT, "现在")
        .label("zh-Hans", Label.MONTH_FORMAT, "yyyy.MM")
        .basics(b -> b.name("李伟"))
        .build();
    Localized chinese = Localized.primary(cv);
    assertEquals("2025.06 – 现在", chinese.dates().format(ongoingSince(2025, 6)),
        "the later of two overrides wins");
    assertEquals("2021年9月8日", chinese.dates().format(PartialDate.of(2021, 9, 8)),
        "labels not overridden come from the table");
  }

  @Test
  void aLanguageWithoutATableGetsItsWordsFromOverrides() {
    Resume cv = Vitae.cv("it")
        .label("it", Label.WORK, "Esperienza professionale")
        .label("it", Label.PRESENT, "oggi")
        .basics(b -> b.name("Giulia"))
        .build();
    Localized italian = Localized.primary(cv);
    assertEquals("Esperienza professionale", italian.labels().get(Label.WORK));
    assertEquals("Education", italian.labels().get(Label.EDUCATION));
    assertEquals("giu 2025 – oggi", italian.dates().format(ongoingSince(2025, 6)));
  }

  private static DateRange ongoingSince(int year, int month) {
    return new DateRange(PartialDate.of(year, month), null, true);
  }

  private static Properties load(String language) throws IOException {
    Properties table = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels/" + language + ".properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      table.load(reader);
    }
    return table;
  }
}
