package dev.vitae.generators.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Style;
import dev.vitae.generators.Localized;
import dev.vitae.generators.json.JsonResumeLayout.LocalizationMembers;
import dev.vitae.generators.json.JsonResumeLayout.StyleMembers;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one top-level key, {@value JsonResumeLayout#EXTENSION}, where the JSON output keeps what JSON Resume has no
 * place for. It is filled while the rest of the document is written, and comes last in it,
 * its parts in this order, each left out when empty:
 *
 * <ul>
 *   <li>{@code sections}: the custom sections;
 *   <li>{@code ongoing}: pointers to the entries that go on ("Present");
 *   <li>{@code subHighlights}: the bullets nested under a top-level highlight, keyed by its
 *       pointer;
 *   <li>{@code translations}: see {@link Translations};
 *   <li>{@code localization}: the CV's languages, fallbacks and label overrides, and this
 *       document's language;
 *   <li>{@code order}: the sections in the author's order, as pointers, where it is not the
 *       document's;
 *   <li>{@code style}: the theme, accent, paper and font size, where they are not the
 *       defaults.
 * </ul>
 */
final class VitaeExtension {

  private static final JsonPointer AT =
      JsonPointer.empty().appendProperty(JsonResumeLayout.EXTENSION);
  private static final Comparator<SectionRef> IN_DOCUMENT_ORDER =
      Comparator.comparing(SectionRef::kind);

  private final Fields sections;
  private final ArrayNode ongoing = JsonNodeFactory.instance.arrayNode();
  private final Fields subHighlights;
  private final Localized localized;
  private final Translations translations;
  private ObjectNode localization;
  private ArrayNode order;
  private ObjectNode style;

  VitaeExtension(Localized localized) {
    this.localized = localized;
    this.translations = new Translations(localized);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    this.sections = new Fields(nodes.objectNode(), AT, this);
    this.subHighlights = new Fields(nodes.objectNode(),
        AT.appendProperty(JsonResumeLayout.SUB_HIGHLIGHTS), this);
  }

  /** Where the custom sections go: write them as the array field {@code sections}. */
  Fields sections() {
    return sections;
  }

  /** Where nested bullets go: one tree field per top-level bullet that has any. */
  Fields subHighlights() {
    return subHighlights;
  }

  Translations translations() {
    return translations;
  }

  /** The CV read in this document's language: what every text field holds. */
  Localized localized() {
    return localized;
  }

  /**
   * Keeps the order the author wrote the sections in, as pointers into this document
   * ({@code "/skills"}, {@code "/x-vitae/sections/0"}), unless it is the document's own order:
   * the order of {@link SectionKind}, custom sections last.
   */
  void order(List<SectionRef> sections) {
    if (!sections.equals(sections.stream().sorted(IN_DOCUMENT_ORDER).toList())) {
      order = JsonNodeFactory.instance.arrayNode();
      sections.forEach(section -> order.add(JsonResumeLayout.pointer(section)));
    }
  }

  /**
   * Keeps the CV's languages, fallbacks and label overrides, and this document's language,
   * unless the CV is plain English with nothing overridden.
   */
  void localization(Localization cv) {
    if (cv.equals(Localization.ENGLISH)) {
      return;
    }
    localization = JsonNodeFactory.instance.objectNode();
    localization.put(LocalizationMembers.LANGUAGE, localized.language());
    cv.languages().forEach(localization.putArray(LocalizationMembers.LANGUAGES)::add);
    if (!cv.fallbacks().isEmpty()) {
      ObjectNode fallbacks = localization.putObject(LocalizationMembers.FALLBACKS);
      cv.fallbacks().forEach(fallbacks::put);
    }
    if (!cv.labels().isEmpty()) {
      ArrayNode labels = localization.putArray(LocalizationMembers.LABELS);
      for (var label : cv.labels()) {
        labels.addObject().put(LocalizationMembers.LANGUAGE, label.language())
            .put(LocalizationMembers.LABEL, label.label().name())
            .put(LocalizationMembers.TEXT, label.text());
      }
    }
  }

  /** Keeps the CV's style, unless it is the default one; each setting only when set. */
  void style(Style cv) {
    if (cv.equals(Style.DEFAULT)) {
      return;
    }
    style = JsonNodeFactory.instance.objectNode();
    style.put(StyleMembers.THEME, cv.theme());
    if (cv.accent() != null) {
      style.put(StyleMembers.ACCENT, cv.accent());
    }
    if (cv.paper() != Style.DEFAULT.paper()) {
      style.put(StyleMembers.PAPER, cv.paper().name().toLowerCase(Locale.ROOT));
    }
    if (cv.fontSize() != null) {
      style.put(StyleMembers.FONT_SIZE, cv.fontSize());
    }
  }

  void markOngoing(JsonPointer entry) {
    ongoing.add(entry.toString());
  }

  /** The extension's object, or null when the CV needs none. */
  ObjectNode toJson() {
    ObjectNode extension = JsonNodeFactory.instance.objectNode();
    if (sections.node().has(JsonResumeLayout.SECTIONS)) {
      extension.set(JsonResumeLayout.SECTIONS, sections.node().get(JsonResumeLayout.SECTIONS));
    }
    if (!ongoing.isEmpty()) {
      extension.set(JsonResumeLayout.ONGOING, ongoing);
    }
    if (!subHighlights.node().isEmpty()) {
      extension.set(JsonResumeLayout.SUB_HIGHLIGHTS, subHighlights.node());
    }
    if (!translations.isEmpty()) {
      extension.set(JsonResumeLayout.TRANSLATIONS, translations.toJson());
    }
    if (localization != null) {
      extension.set(JsonResumeLayout.LOCALIZATION, localization);
    }
    if (order != null) {
      extension.set(JsonResumeLayout.ORDER, order);
    }
    if (style != null) {
      extension.set(JsonResumeLayout.STYLE, style);
    }
    return extension.isEmpty() ? null : extension;
  }
}
