package dev.vitae.generators.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import dev.vitae.generators.Dates;
import dev.vitae.generators.ModelLeaves;
import dev.vitae.generators.ModelLeaves.Expected;
import dev.vitae.generators.SampleCvs;
import freemarker.core.HTMLOutputFormat;
import java.lang.reflect.ParameterizedType;
import dev.vitae.generators.Layout;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No field of the model is dropped: every leaf value of the complete CV shows up in the page's
 * visible text, or, for URLs and dates, in the attributes that carry them, each leaf by an
 * occurrence of its own (two leaves "2018" need two). The JSON-LD does not
 * count, so a value that only reached it would fail here.
 */
class HtmlCompletenessTest {

  /** String fields that are addresses: they live in href and src attributes. */
  private static final Set<String> URL_FIELDS = Set.of("url", "image", "canonical");

  /** Values the walk checks whole, by their rendered form, rather than field by field. */
  private static final Set<Class<?>> LEAF_TYPES =
      Set.of(Text.class, DateRange.class, PartialDate.class);

  private final String page = new HtmlGenerator().render(SampleCvs.complete());
  private final String body = page.substring(page.indexOf("<body"));
  private final String visibleText = visibleText(body);
  private final List<String> missing = new ArrayList<>();
  /** What the page's visible text must hold, and its markup (attributes): each once per leaf. */
  private final List<Expected> inVisibleText = new ArrayList<>();
  private final List<Expected> inBody = new ArrayList<>();
  /** "Work.summary" for each record component the walk found set somewhere. */
  private final Set<String> componentsSet = new TreeSet<>();
  private int leaves;

  @Test
  void everyLeafOfTheCompleteCvAppears() throws Exception {
    walk("cv", SampleCvs.complete());
    missing.addAll(ModelLeaves.unmatched(inVisibleText, visibleText));
    missing.addAll(ModelLeaves.unmatched(inBody, body));
    assertEquals(List.of(), missing);
    assertTrue(leaves > 80, "the walk reached only " + leaves + " values");
  }

  /** Otherwise a field that complete() leaves empty could be dropped unnoticed. */
  @Test
  void theCompleteCvSetsEveryFieldOfTheModel() throws Exception {
    walk("cv", SampleCvs.complete());
    Set<String> unset = new TreeSet<>(componentsOf(Resume.class, new HashSet<>()));
    unset.removeAll(componentsSet);
    assertEquals(Set.of(), unset);
  }

  private void walk(String path, Object value) throws Exception {
    if (value == null) {
      return;
    } else if (value instanceof Text text) {
      expectVisible(path, withoutMarkup(text.value()));
      if (!text.translations().isEmpty()) {
        // Alternatives for pages in other languages: an English page shows the value.
        missing.add(path + ": translations are not rendered until pages are localized");
      }
    } else if (value instanceof String string) {
      String name = path.substring(path.lastIndexOf('.') + 1);
      if (URL_FIELDS.contains(name)) {
        expectIn(path, inBody, "=\"" + escape(string) + "\"");
      } else if (name.equals("email")) {
        expectIn(path, inBody, "href=\"mailto:" + escape(string) + "\"");
        expectVisible(path, string);
      } else {
        expectVisible(path, string);
      }
    } else if (value instanceof PartialDate date) {
      expectIn(path, inBody,
          "<time datetime=\"" + date.toIso() + "\">" + Dates.ENGLISH.format(date) + "</time>");
    } else if (value instanceof DateRange range) {
      expectVisible(path, Dates.ENGLISH.format(range));
      walk(path + ".start", range.start());
      if (!range.ongoing()) {
        walk(path + ".end", range.end());
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i));
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        if (Layout.isLayout(component)) {
          continue;
        }
        Object field = component.getAccessor().invoke(value);
        if (field != null && !(field instanceof List<?> list && list.isEmpty())) {
          componentsSet.add(value.getClass().getSimpleName() + "." + component.getName());
        }
        walk(path + "." + component.getName(), field);
      }
    } else {
      missing.add(path + ": no rule for a " + value.getClass().getSimpleName());
    }
  }

  /** Every "Record.component" of the model reachable from {@code type}, lists included. */
  private static Set<String> componentsOf(Class<?> type, Set<Class<?>> seen) {
    Set<String> components = new TreeSet<>();
    if (!type.isRecord() || LEAF_TYPES.contains(type) || !seen.add(type)) {
      return components;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (Layout.isLayout(component)) {
        continue;
      }
      components.add(type.getSimpleName() + "." + component.getName());
      components.addAll(componentsOf(elementClass(component.getGenericType()), seen));
    }
    return components;
  }

  /** The class inside any lists: Text for List<List<Text>>, Work for List<Work>. */
  private static Class<?> elementClass(Type type) {
    return type instanceof ParameterizedType list
        ? elementClass(list.getActualTypeArguments()[0]) : (Class<?>) type;
  }

  private void expectVisible(String path, String text) {
    expectIn(path, inVisibleText, collapseSpaces(text));
  }

  /** {@code needle} must be in the output, an occurrence of its own. */
  private void expectIn(String path, List<Expected> haystack, String needle) {
    leaves++;
    haystack.add(new Expected(path, needle));
  }

  /** What a reader sees: no tags, entities decoded, runs of white space as one space. */
  private static String visibleText(String markup) {
    String text = markup.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
    return collapseSpaces(text);
  }

  /** The sample's markup, read independently of the generator: **b**, *i*, `c`, [t](u). */
  private static String withoutMarkup(String text) {
    return text.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replace("**", "").replace("*", "")
        .replace("`", "");
  }

  private static String collapseSpaces(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static String escape(String text) {
    return HTMLOutputFormat.INSTANCE.escapePlainText(text);
  }
}
