package dev.vitae.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many of the words a CV's author wrote a generated document still shows. Words count as
 * a multiset: a word the author wrote three times must appear three times, so text that was
 * left out cannot hide behind the same word elsewhere.
 */
final class Coverage {

  /** How many missing words the one-line report names. */
  static final int REPORTED_MISSING = 30;

  private final int expected;
  private final List<String> missing;

  private Coverage(int expected, List<String> missing) {
    this.expected = expected;
    this.missing = List.copyOf(missing);
  }

  /** Compares the author's words with the words a document shows. */
  static Coverage of(List<String> written, List<String> shown) {
    Map<String, Integer> available = new HashMap<>();
    shown.forEach(word -> available.merge(word, 1, Integer::sum));
    List<String> missing = new ArrayList<>();
    for (String word : written) {
      int left = available.getOrDefault(word, 0);
      if (left > 0) {
        available.put(word, left - 1);
      } else {
        missing.add(word); // a repeated word misses its last occurrences
      }
    }
    return new Coverage(written.size(), missing);
  }

  int expected() {
    return expected;
  }

  int found() {
    return expected - missing.size();
  }

  /** The author's words the document lacks, in the order the author wrote them. */
  List<String> missing() {
    return missing;
  }

  double percent() {
    return expected == 0 ? 100.0 : 100.0 * found() / expected;
  }

  boolean atLeast(double percent) {
    return percent() >= percent;
  }

  /**
   * One line: {@code fidelity 004 senior-engineer html: 99.2% (1234/1244 words); missing: [..]},
   * naming the first {@value #REPORTED_MISSING} missing words.
   */
  String report(String document, String format) {
    List<String> named = missing.subList(0, Math.min(REPORTED_MISSING, missing.size()));
    return String.format(Locale.ROOT, "fidelity %s %s: %.1f%% (%d/%d words); missing: %s%s",
        document, format, roundedDown(), found(), expected, named,
        missing.size() > named.size() ? " and " + (missing.size() - named.size()) + " more" : "");
  }

  /** Rounded down, so that 97.96% never reads as a passing 98.0%. */
  private double roundedDown() {
    return Math.floor(percent() * 10) / 10;
  }
}
