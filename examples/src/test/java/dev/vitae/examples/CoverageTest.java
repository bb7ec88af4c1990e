package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

  @Test
  void aWordWrittenThreeTimesMustBeShownThreeTimes() {
    Coverage coverage = Coverage.of(List.of("sept", "a", "sept", "b", "sept"),
        List.of("b", "sept", "a", "sep"));
    assertEquals(List.of("sept", "sept"), coverage.missing());
    assertEquals(3, coverage.found());
    assertEquals(5, coverage.expected());
  }

  @Test
  void wordsOnlyTheDocumentHasDoNotCount() {
    Coverage coverage = Coverage.of(List.of("a"), List.of("a", "work", "experience"));
    assertEquals(100.0, coverage.percent());
    assertTrue(coverage.atLeast(98));
  }

  @Test
  void theReportNamesTheFirstThirtyMissingWords() {
    List<String> written = Collections.nCopies(40, "x");
    Coverage coverage = Coverage.of(written, Collections.nCopies(8, "x"));
    assertEquals("fidelity 004 senior-engineer html: 20.0% (8/40 words); missing: "
        + Collections.nCopies(30, "x") + " and 2 more",
        coverage.report("004 senior-engineer", "html"));
  }

  @Test
  void theReportRoundsDownSoAFailureNeverReadsAsPassing() {
    List<String> written = new ArrayList<>(Collections.nCopies(4899, "x"));
    written.add("y");
    written.addAll(Collections.nCopies(100, "z"));
    Coverage coverage = Coverage.of(written, Collections.nCopies(4899, "x"));
    assertFalse(coverage.atLeast(98));
    assertTrue(coverage.report("d", "pdf").startsWith("fidelity d pdf: 97.9% (4899/5000 words)"),
        coverage.report("d", "pdf"));
  }
}
