package dev.vitae.generators.json;

import dev.vitae.dsl.model.DateRange;
import dev.vitae.dsl.model.Highlight;
import dev.vitae.dsl.model.PartialDate;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Text;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Vitae's JSON document lays out the model: the one table the JSON output and the importer
 * both follow. Everything not listed here follows from the model itself: a record is a JSON
 * object whose members are its components, by their names, in their order (which is the JSON
 * Resume schema's order); each component's Java type decides its {@link Shape}; absent values
 * (null, an empty list) are left out.
 *
 * <p>The exceptions are what this class lists: which {@link Resume} components go where at the
 * top level, that a {@link DateRange} is two members ({@value #START_DATE}, {@value #END_DATE})
 * and that whether it goes on lives in the extension, and where bullets are whole trees.
 */
public final class JsonResumeLayout {

  /** The top-level member naming the schema, first in the document. */
  public static final String SCHEMA = "$schema";

  /** The one top-level key holding what JSON Resume has no place for; last in the document. */
  public static final String EXTENSION = "x-vitae";

  /** The member of a date range's start. */
  public static final String START_DATE = "startDate";

  /** The member of a date range's end. */
  public static final String END_DATE = "endDate";

  /** The {@link Resume} component before the sections: who the CV is about. */
  public static final String BASICS = "basics";

  /** The {@link Resume} component after the sections: about the document. */
  public static final String META = "meta";

  /** The {@link Resume} component of the custom sections, kept in the extension. */
  public static final String SECTIONS = SectionKind.CUSTOM.key();

  /** The {@link Resume} component of the CV's languages, kept in the extension. */
  public static final String LOCALIZATION = "localization";

  /** The {@link Resume} component of the author's order of sections, kept in the extension. */
  public static final String ORDER = "order";

  /** The {@link Resume} component of how the CV looks, kept in the extension. */
  public static final String STYLE = "style";

  /** The extension's member listing the pointers of the entries that go on. */
  public static final String ONGOING = "ongoing";

  /** The extension's member holding the bullets nested under top-level bullets. */
  public static final String SUB_HIGHLIGHTS = "subHighlights";

  /** The extension's member holding the texts in the CV's other languages. */
  public static final String TRANSLATIONS = "translations";

  private static final String CUSTOM_SECTIONS = "/" + EXTENSION + "/" + SECTIONS + "/";
  private static final Pattern CUSTOM_SECTION =
      Pattern.compile(Pattern.quote(CUSTOM_SECTIONS) + "(0|[1-9][0-9]*)");

  private JsonResumeLayout() {}

  /**
   * The JSON Pointer of {@code section} in the document: {@code "/skills"}, or {@code
   * "/x-vitae/sections/0"} for the first custom section.
   */
  public static String pointer(SectionRef section) {
    return section.isCustom()
        ? CUSTOM_SECTIONS + section.index() : "/" + section.kind().key();
  }

  /** The section {@code pointer} points at, as {@link #pointer} writes it; null for none. */
  public static SectionRef sectionAt(String pointer) {
    Matcher custom = CUSTOM_SECTION.matcher(pointer);
    if (custom.matches()) {
      return SectionRef.custom(Integer.parseInt(custom.group(1)));
    }
    SectionKind kind = SectionKind.byKey(pointer.startsWith("/") ? pointer.substring(1) : "");
    return kind == null || kind == SectionKind.CUSTOM ? null : SectionRef.of(kind);
  }

  /**
   * The {@link Resume} components JSON Resume has a place for, in the document's order:
   * {@value #BASICS}, each {@link SectionKind#standard() standard section} by its key,
   * {@value #META}.
   */
  public static List<String> documentComponents() {
    List<String> components = new ArrayList<>();
    components.add(BASICS);
    SectionKind.standard().forEach(kind -> components.add(kind.key()));
    components.add(META);
    return List.copyOf(components);
  }

  /** The {@link Resume} components the extension keeps, in the extension's order. */
  public static List<String> extensionComponents() {
    return List.of(SECTIONS, LOCALIZATION, ORDER, STYLE);
  }

  /**
   * The members of the extension's {@value JsonResumeLayout#STYLE} object, as the {@link
   * dev.vitae.dsl.model.Style} components: {@value #THEME}, {@value #ACCENT}, {@value #PAPER}
   * (in lower case: {@code "letter"}) and {@value #FONT_SIZE} (a number), each left out when it
   * is the default.
   */
  public static final class StyleMembers {

    public static final String THEME = "theme";
    public static final String ACCENT = "accent";
    public static final String PAPER = "paper";
    public static final String FONT_SIZE = "fontSize";

    private StyleMembers() {}
  }

  /**
   * The members of the extension's {@value JsonResumeLayout#LOCALIZATION} object: this
   * document's {@value #LANGUAGE}, then the CV's {@value #LANGUAGES}, {@value #FALLBACKS} and
   * {@value #LABELS}, as the {@link dev.vitae.dsl.model.Localization} components; each label
   * override an object of {@value #LANGUAGE}, {@value #LABEL} (the name of a {@link
   * dev.vitae.dsl.model.Label} constant) and {@value #TEXT}.
   */
  public static final class LocalizationMembers {

    public static final String LANGUAGE = "language";
    public static final String LANGUAGES = "languages";
    public static final String FALLBACKS = "fallbacks";
    public static final String LABELS = "labels";
    public static final String LABEL = "label";
    public static final String TEXT = "text";

    private LocalizationMembers() {}
  }

  /** Which part of the document a record is written in. */
  public enum Part {
    /**
     * JSON Resume's own: {@code highlights} is a flat list of strings, so every theme shows
     * them; the bullets nested under one go to the extension's {@value #SUB_HIGHLIGHTS}.
     */
    RESUME,
    /** The extension: {@code highlights} are whole trees of {@code {"text", "highlights"}}. */
    EXTENSION;

    public boolean highlightTrees() {
      return this == EXTENSION;
    }
  }

  /** How a record component is written, by its Java type. */
  public enum Shape {
    /** {@link Text}: a string, the author's markup; its translations go to the extension. */
    TEXT,
    /** {@link String}: a plain string (URLs, e-mail, codes). */
    STRING,
    /** {@link PartialDate}: ISO 8601 at the precision given. */
    DATE,
    /**
     * {@link DateRange}: the members {@value #START_DATE} and {@value #END_DATE} of the object
     * itself, not one member; whether it goes on is kept in the extension.
     */
    DATES,
    /** {@code List<Text>}: an array of strings. */
    TEXTS,
    /** {@code List<Highlight>}: bullets, flat or as trees by {@link Part}. */
    HIGHLIGHTS,
    /** {@code List<List<Text>>}: a table's rows, an array of arrays of strings. */
    ROWS,
    /** Another record: an object. */
    OBJECT,
    /** A list of records: an array of objects. */
    OBJECTS;

    /** The shape of {@code component}. */
    public static Shape of(RecordComponent component) {
      Class<?> type = component.getType();
      if (type == Text.class) {
        return TEXT;
      }
      if (type == String.class) {
        return STRING;
      }
      if (type == PartialDate.class) {
        return DATE;
      }
      if (type == DateRange.class) {
        return DATES;
      }
      if (type.isRecord()) {
        return OBJECT;
      }
      if (type == List.class) {
        Type element = elementType(component.getGenericType());
        if (element == Text.class) {
          return TEXTS;
        }
        if (element == Highlight.class) {
          return HIGHLIGHTS;
        }
        if (element instanceof ParameterizedType list && list.getRawType() == List.class
            && elementType(list) == Text.class) {
          return ROWS;
        }
        if (element instanceof Class<?> record && record.isRecord()) {
          return OBJECTS;
        }
      }
      throw new IllegalArgumentException("no JSON layout for " + component + " of "
          + component.getDeclaringRecord().getSimpleName());
    }

    /** The record type of an {@link #OBJECT} or {@link #OBJECTS} component. */
    @SuppressWarnings("unchecked")
    public static Class<? extends Record> recordType(RecordComponent component) {
      Type type = component.getType() == List.class
          ? elementType(component.getGenericType()) : component.getType();
      return (Class<? extends Record>) type;
    }

    private static Type elementType(Type list) {
      return ((ParameterizedType) list).getActualTypeArguments()[0];
    }
  }
}
