package dev.vitae.importer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Localization.LabelOverride;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Style;
import dev.vitae.generators.json.JsonResumeLayout;
import dev.vitae.generators.json.JsonResumeLayout.LocalizationMembers;
import dev.vitae.generators.json.JsonResumeLayout.Part;
import dev.vitae.generators.json.JsonResumeLayout.StyleMembers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the {@value JsonResumeLayout#EXTENSION} extension of Vitae's JSON output, which keeps what JSON Resume has
 * no place for: custom sections, which entries go on, bullets nested under bullets, the CV's
 * languages and translations, and the author's order of sections. See the JSON generator's
 * documentation for its layout.
 */
final class VitaeExtensionReader {

  /** The extension, or null when the document is plain JSON Resume. */
  private final JsonObjectReader extension;
  private final ReadContext context;
  /** The extension's order of sections: their pointers, each with where it is named. */
  private Map<String, JsonPointer> writtenOrder = Map.of();

  private VitaeExtensionReader(JsonObjectReader extension, ReadContext context) {
    this.extension = extension;
    this.context = context;
  }

  static VitaeExtensionReader of(JsonObjectReader document) {
    return new VitaeExtensionReader(document.open(JsonResumeLayout.EXTENSION), document.context());
  }

  /**
   * Tells the reading what the extension says about texts, entries and bullets, before any of
   * them is read; returns the CV's languages.
   */
  Localization configure() {
    if (extension == null) {
      return Localization.ENGLISH;
    }
    Languages languages = extension.object(JsonResumeLayout.LOCALIZATION, VitaeExtensionReader::localization);
    if (languages == null) {
      languages = new Languages(Localization.ENGLISH, "en");
    }
    ObjectNode translations = extension.rawObject(JsonResumeLayout.TRANSLATIONS);
    context.useTranslations(new TranslatedTexts(languages.localization(), languages.document(),
        translations == null ? JsonNodeFactory.instance.objectNode() : translations,
        extension.at().appendProperty(JsonResumeLayout.TRANSLATIONS), context.notImported()));
    context.useOngoing(extension.placedStrings(JsonResumeLayout.ONGOING));
    ObjectNode subHighlights = extension.rawObject(JsonResumeLayout.SUB_HIGHLIGHTS);
    if (subHighlights != null) {
      context.useSubHighlights(subHighlights, extension.at().appendProperty(JsonResumeLayout.SUB_HIGHLIGHTS));
    }
    writtenOrder = extension.placedStrings(JsonResumeLayout.ORDER);
    return languages.localization();
  }

  /** The custom sections, in the author's order. */
  @SuppressWarnings("unchecked")
  List<Section> sections() {
    return extension == null ? List.of() : (List<Section>) RecordReader.component(
        Resume.class, JsonResumeLayout.SECTIONS, extension, Part.EXTENSION);
  }

  /**
   * The author's order of the sections the CV has, {@code present}: the extension's, else
   * {@code documentOrder}, the order the document has its fields in. Reports any section the
   * extension names that the CV does not have.
   */
  List<SectionRef> order(List<SectionRef> present, List<String> documentOrder) {
    if (writtenOrder.isEmpty()) {
      List<SectionRef> written = documentOrder.stream().map(SectionKind::byKey)
          .filter(kind -> kind != null && kind != SectionKind.CUSTOM).map(SectionRef::of)
          .toList();
      return SectionOrder.of(written, present);
    }
    List<SectionRef> written = new ArrayList<>();
    writtenOrder.forEach((pointer, at) -> {
      SectionRef section = JsonResumeLayout.sectionAt(pointer);
      if (section != null && present.contains(section)) {
        written.add(section);
      } else {
        context.skip(at, "a section the document does not have");
      }
    });
    return SectionOrder.of(written, present);
  }

  /** How the CV looks: the extension's style, or the default one. */
  Style style() {
    Style style = extension == null ? null
        : extension.object(JsonResumeLayout.STYLE, VitaeExtensionReader::style);
    return style == null ? Style.DEFAULT : style;
  }

  private static Style style(JsonObjectReader json) {
    String paperName = json.string(StyleMembers.PAPER);
    Paper paper = null;
    if (paperName != null) {
      try {
        paper = Paper.valueOf(paperName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        json.context().skip(json.at().appendProperty(StyleMembers.PAPER),
            "not a paper size: a4 or letter");
      }
    }
    String size = json.string(StyleMembers.FONT_SIZE);
    Double fontSize = null;
    if (size != null) {
      try {
        fontSize = Double.valueOf(size);
      } catch (NumberFormatException notANumber) {
        json.context().skip(json.at().appendProperty(StyleMembers.FONT_SIZE),
            "not a size in points");
      }
    }
    return Style.DEFAULT.with(json.string(StyleMembers.THEME), json.string(StyleMembers.ACCENT),
        paper, fontSize);
  }

  /** Reports the members of the extension this import does not know. */
  void finish() {
    if (extension != null) {
      extension.finish();
    }
  }

  /** The CV's languages, and the one this document's texts are in. */
  private record Languages(Localization localization, String document) {}

  private static Languages localization(JsonObjectReader json) {
    String document = json.string(LocalizationMembers.LANGUAGE);
    List<String> languages = json.strings(LocalizationMembers.LANGUAGES);
    if (languages.isEmpty()) {
      languages = List.of("en");
    }
    if (document == null || !languages.contains(document)) {
      if (document != null) {
        json.context().skip(json.at().appendProperty(LocalizationMembers.LANGUAGE),
            "not one of the CV's languages; the texts are read as " + languages.get(0));
      }
      document = languages.get(0);
    }
    Map<String, String> fallbacks = json.object(LocalizationMembers.FALLBACKS, VitaeExtensionReader::fallbacks);
    List<LabelOverride> labels = json.objects(LocalizationMembers.LABELS, VitaeExtensionReader::label).stream()
        .filter(Objects::nonNull).toList();
    return new Languages(new Localization(languages,
        fallbacks == null ? Map.of() : fallbacks, labels), document);
  }

  private static Map<String, String> fallbacks(JsonObjectReader json) {
    Map<String, String> fallbacks = new LinkedHashMap<>();
    for (String language : json.fieldNames()) {
      String fallback = json.string(language);
      if (fallback != null) {
        fallbacks.put(language, fallback);
      }
    }
    return fallbacks;
  }

  private static LabelOverride label(JsonObjectReader json) {
    String language = json.string(LocalizationMembers.LANGUAGE);
    String name = json.string(LocalizationMembers.LABEL);
    String text = json.string(LocalizationMembers.TEXT);
    Label label = labelNamed(name);
    if (label == null || language == null || text == null) {
      json.context().skip(json.at(), "not a label override: it needs a language, one of Vitae's"
          + " labels and a text");
      return null;
    }
    return new LabelOverride(language, label, text);
  }

  private static Label labelNamed(String name) {
    for (Label label : Label.values()) {
      if (label.name().equals(name)) {
        return label;
      }
    }
    return null;
  }
}
