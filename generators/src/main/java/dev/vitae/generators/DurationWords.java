package dev.vitae.generators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long an entry lasted, in the words of a language with a table in {@code durations/}
 * (those with a label table): "3 years, 10 months". The forms and the way they join are
 * CLDR's, written as ICU writes them ({@code DurationWordsTest} holds the two together);
 * reading them from a table spares a CV in these languages the loading of ICU's unit
 * formatting, the largest part of a cold start's rendering.
 */
final class DurationWords {

  /** Each language's words, read once per JVM; empty for a language without a table. */
  private static final Map<String, Optional<DurationWords>> LOADED = new ConcurrentHashMap<>();

  private final Plurals plurals;
  private final Properties forms;

  private DurationWords(Properties forms) {
    this.plurals = Plurals.valueOf(forms.getProperty("PLURALS"));
    this.forms = forms;
  }

  /** The words of {@code language}, when its label table has them. */
  static Optional<DurationWords> of(String language) {
    return LOADED.computeIfAbsent(language, DurationWords::load);
  }

  /** "2 years, 3 months", "1 year", "5 months": either part may be 0, not both. */
  String format(int years, int months) {
    if (years == 0) {
      return amount("MONTHS", months);
    }
    if (months == 0) {
      return amount("YEARS", years);
    }
    return forms.getProperty("YEARS_AND_MONTHS").replace("{0}", amount("YEARS", years))
        .replace("{1}", amount("MONTHS", months));
  }

  private String amount(String unit, int count) {
    String key = unit + "_" + plurals.category(count);
    String form = forms.getProperty(key);
    if (form == null) {
      throw new IllegalStateException("the durations table lacks " + key);
    }
    return form.replace("{0}", Integer.toString(count));
  }

  private static Optional<DurationWords> load(String language) {
    InputStream in = DurationWords.class.getResourceAsStream("durations/" + language
        + ".properties");
    if (in == null) {
      return Optional.empty();
    }
    Properties forms = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      forms.load(reader);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return Optional.of(new DurationWords(forms));
  }

  /** CLDR's plural rules for whole numbers, those of the languages with a table. */
  private enum Plurals {
    /** English, German, Spanish: 1 is singular. */
    ONE {
      @Override
      String category(int n) {
        return n == 1 ? "ONE" : "OTHER";
      }
    },
    /** French, Brazilian Portuguese: 0 and 1 are singular. */
    ZERO_AND_ONE {
      @Override
      String category(int n) {
        return n <= 1 ? "ONE" : "OTHER";
      }
    },
    /** Russian: 1, 21, 31 ...; 2–4, 22–24 ...; the rest. */
    EAST_SLAVIC {
      @Override
      String category(int n) {
        int lastDigit = n % 10;
        int lastTwo = n % 100;
        if (lastDigit == 1 && lastTwo != 11) {
          return "ONE";
        }
        if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
          return "FEW";
        }
        return "MANY";
      }
    },
    /** Chinese, Japanese, Korean: one form. */
    NONE {
      @Override
      String category(int n) {
        return "OTHER";
      }
    };

    abstract String category(int n);
  }
}
