package dev.vitae.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.HighlightBuilder;
import dev.vitae.dsl.ProjectBuilder;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A section's heading, an entry's title (with its keywords) and a bullet that heads bullets of
 * its own never end a page without the first line under them: a CV whose first entry grows
 * one bullet line at a time moves a bullet group, then a heading and the first entry under it
 * through every height at the foot of page 1, in every theme.
 */
class PageBreakTest {

  private static final PdfGenerator PDF = new PdfGenerator();

  /** How many line heights above the page's foot the sweep starts. */
  private static final int SWEEP = 14;

  @ParameterizedTest
  @EnumSource(Theme.class)
  void aTitleOrABulletGroupKeepsItsFirstLineOnItsPage(Theme theme) {
    // how many filler bullets fill page 1: the sweep ends there
    ReadPdf full = ReadPdf.of(PDF.render(cv(theme, 90), "en"));
    int fit = 0;
    while (full.pageOf("Filler " + (fit + 1) + " ") == 1) {
      fit++;
    }
    assertTrue(fit > SWEEP, "page 1 holds " + fit + " filler bullets");
    List<String> split = new ArrayList<>();
    for (int fillers = fit - SWEEP; fillers <= fit; fillers++) {
      ReadPdf pdf = ReadPdf.of(PDF.render(cv(theme, fillers), "en"));
      if (pdf.pageOf("GROUPPROBE") != pdf.pageOf("SUBPROBE")) {
        split.add(fillers + " fillers: the bullet group on page " + pdf.pageOf("GROUPPROBE")
            + ", its first bullet on page " + pdf.pageOf("SUBPROBE"));
      }
      if (pdf.pageOf("Projects") != pdf.pageOf("TITLEPROBE")
          || pdf.pageOf("TITLEPROBE") != pdf.pageOf("FIRSTPROBE")) {
        split.add(fillers + " fillers: the heading on page " + pdf.pageOf("Projects")
            + ", the title on page " + pdf.pageOf("TITLEPROBE") + ", its first line on page "
            + pdf.pageOf("FIRSTPROBE"));
      }
    }
    // the sweep ends with page 1 full of fillers: the probes went through its foot
    assertEquals(2, ReadPdf.of(PDF.render(cv(theme, fit), "en")).pageOf("TITLEPROBE"));
    assertTrue(split.isEmpty(), theme.key() + ": " + split);
  }

  /**
   * An entry of {@code fillers} one-line bullets and a bullet group, then a section of one
   * entry with keywords under its title.
   */
  private static Resume cv(Theme theme, int fillers) {
    return Vitae.cv().style(style -> style.theme(theme))
        .basics(basics -> basics.name("Jane Doe").label("Engineer"))
        .work(work -> {
          work.name("Example Corp").position("Engineer").start(2020, 1);
          for (int i = 1; i <= fillers; i++) {
            work.highlight("Filler " + i + " shipped a thing");
          }
          work.highlight("GROUPPROBE heads bullets", PageBreakTest::subBullets);
        })
        .project(PageBreakTest::probeEntry)
        .build();
  }

  private static void subBullets(HighlightBuilder group) {
    group.highlight("SUBPROBE is its first bullet").highlight("and a second one");
  }

  private static void probeEntry(ProjectBuilder project) {
    project.name("TITLEPROBE Engine").start(2018, 1).end(2019, 12)
        .keywords("Infra", "C++", "Python", "Linux", "Bazel")
        // long enough for three lines: a paragraph's first line never stands alone either
        .highlight("FIRSTPROBE is the first bullet under the title, and it goes on to tell"
            + " what the engine did, how fast it became, who used it and what they said of"
            + " it, so that it takes three lines in every theme")
        .highlight("a second line under it");
  }
}
