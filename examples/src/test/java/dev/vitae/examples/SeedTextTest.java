package dev.vitae.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTextTest {

  @Test
  void jekyllFrontMatterAndTemplateCodeAreNotText() {
    String page = """
        ---
        layout: archive
        title: "CV"
        ---

        {% include base_path %}
        Education
        ======
        <ul>{% for post in site.publications reversed %}
          {{ post.title }}
        {% endfor %}</ul>
        """;
    assertEquals(List.of("education"), SeedText.of(page).words());
  }

  @Test
  void htmlCommentsHideWhatTheyHold() {
    assertEquals(List.of("skills", "ml"),
        SeedText.of("Skills <!-- Talks\n======\n* 43 slack teams --> ML").words());
  }

  @Test
  void tagsGoButComparisonsAndArrowsAreText() {
    assertEquals(List.of("a", "1pt", "loss", "oltp", "cdc", "b"),
        SeedText.of("<b>A</b> <1pt loss, OLTP->CDC <br/>B").words());
  }

  @Test
  void linksShowTheirTextNotTheirTarget() {
    assertEquals(List.of("unisound", "scoreboard", "id", "weiyong1024"),
        SeedText.of("[Unisound](https://www.unisound.com/) [scoreboard](#), [id: WeiYong1024](#)")
            .words());
  }

  @Test
  void orderedListNumbersAreMarkupButNumbersInTextAreNot() {
    assertEquals(List.of("worked", "on", "8", "bit", "top", "5"),
        SeedText.of("1. Worked on 8 Bit\n  2) Top 5.").words());
  }

  @Test
  void placeholderContactDetailsAreNotText() {
    assertEquals(List.of("mail", "or", "call", "3000"),
        SeedText.of("mail xuxin@example.com or call +86 000 0000 0000 3000+").words());
  }

  @Test
  void mojibakeIsRepairedBeforeCounting() {
    assertEquals(List.of("苏", "剑", "林"), SeedText.of("ËãèÂâëÊûó").words());
  }

  @Test
  void theBilingualSeedSplitsWhereTheChineseBegins() {
    SeedText seed = SeedText.read("seeds/002-bilingual.txt");
    List<String> english = seed.beforeLanguageBoundary().words();
    List<String> chinese = seed.fromLanguageBoundary().words();
    assertEquals(List.of("education", "master", "ee"), english.subList(0, 3));
    assertTrue(english.contains("pony"));
    assertFalse(english.stream().anyMatch(word -> word.matches(".*\\p{IsHan}.*")));
    assertEquals(List.of("教", "育", "背", "景"), chinese.subList(0, 4));
  }
}
