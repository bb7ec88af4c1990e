package dev.vitae.generators.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.Dates;
import dev.vitae.generators.ModelLeaves;
import dev.vitae.generators.SampleCvs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No field of the model is dropped: every leaf value of the complete CV shows up in what a
 * reader of its Markdown sees (read as GitHub reads it), or, for addresses, as the target of a
 * link or image.
 */
class MarkdownCompletenessTest {

  /** String fields that are addresses: they are link targets and image sources. */
  private static final Set<String> URL_FIELDS = Set.of("url", "image", "canonical");

  private final Document page =
      GithubMarkdown.page(new MarkdownGenerator().render(SampleCvs.complete()));
  private final String visibleText = collapseSpaces(page.body().text());
  private final List<String> targets = new ArrayList<>();

  @Test
  void everyLeafOfTheCompleteCvAppears() {
    for (Element element : page.select("a[href], img[src]")) {
      targets.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
    }
    List<String> missing = new ArrayList<>();
    List<ModelLeaves.Leaf> leaves = ModelLeaves.of(SampleCvs.complete());
    for (ModelLeaves.Leaf leaf : leaves) {
      String name = leaf.path().substring(leaf.path().lastIndexOf('.') + 1);
      if (!found(name, leaf.value())) {
        missing.add(leaf.path() + " = " + leaf.value());
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(leaves.size() > 80, "the walk found only " + leaves.size() + " values");
  }

  /** Whether the value of the field {@code name} shows, as a reader would see it. */
  private boolean found(String name, Object value) {
    if (value instanceof Text text) {
      return visible(withoutMarkup(text.value()));
    } else if (value instanceof DateRange range) {
      return visible(Dates.ENGLISH.format(range));
    } else if (value instanceof PartialDate date) {
      return visible(Dates.ENGLISH.format(date));
    } else if (value instanceof Boolean ongoing) {
      return !ongoing || visible("Present"); // an ongoing range ends in "Present"
    } else if (URL_FIELDS.contains(name)) {
      return targets.contains((String) value);
    } else if (name.equals("email")) {
      return visible((String) value) && targets.contains("mailto:" + value);
    }
    return visible((String) value);
  }

  private boolean visible(String text) {
    return visibleText.contains(collapseSpaces(text));
  }

  /** The sample's markup, read independently of the generator: **b**, *i*, `c`, [t](u). */
  private static String withoutMarkup(String text) {
    return text.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replace("**", "").replace("*", "")
        .replace("`", "");
  }

  private static String collapseSpaces(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
