package dev.vitae.generators.json;

import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.SectionKind;
import dev.vitae.generators.Generator;
import dev.vitae.generators.Reading;

/**
 * Writes a CV as a <a href="https://jsonresume.org/schema">JSON Resume</a> 1.x document that
 * also keeps everything JSON Resume has no place for, so no field of the model is lost.
 *
 * <h2>The JSON Resume part</h2>
 *
 * <ul>
 *   <li>Top level, in this order: {@code $schema} ({@value #SCHEMA_URL}), {@code basics} (with
 *       {@code location} and {@code profiles}), each {@link SectionKind#standard() standard
 *       section} by its key in the order of {@link SectionKind} ({@code work} first, {@code
 *       projects} last), {@code meta}, then the extension {@value #EXTENSION_KEY}. Inside each
 *       object the fields are the model's record components, named and ordered as the schema
 *       has them; {@link JsonResumeLayout} is the table of where the document differs.
 *   <li>Absent fields and empty lists are left out; there is no {@code null} in the output.
 *   <li>Texts are the author's markup source as written ({@code "Builds **fast** systems"}):
 *       JSON Resume themes render markdown. A JSON string is inert data, so hostile text needs
 *       no escaping beyond JSON's own.
 *   <li>Dates are ISO 8601 at the precision given: {@code "2019"}, {@code "2019-05"}, {@code
 *       "2019-05-17"}. An ongoing entry has no {@code endDate}; a single-date entry has only a
 *       {@code startDate}. A publication's date is its {@code releaseDate}.
 *   <li>{@code highlights} is JSON Resume's flat list of strings: the top-level bullets, so
 *       every theme shows them.
 *   <li>An education entry may also carry {@code location} (after {@code studyType}), {@code
 *       summary} and {@code highlights} (after {@code courses}), named as on work entries. The
 *       schema allows additional properties on every object.
 * </ul>
 *
 * <h2>The extension {@value #EXTENSION_KEY}</h2>
 *
 * One top-level object, left out when the CV needs none, with these members in this order,
 * each left out when empty. Places in the document are named by JSON Pointers (RFC 6901) into
 * the very same document, so {@code JsonNode.at(pointer)} finds them.
 *
 * <pre>{@code
 * "x-vitae": {
 *   "sections": [                        // custom sections, in the author's order
 *     {
 *       "title": "Patents",
 *       "summary": "Granted patents.",
 *       "entries": [
 *         {
 *           "title": "...", "subtitle": "...", "organization": "...", "location": "...",
 *           "startDate": "2021-03-09", "endDate": "...", "url": "https://...",
 *           "summary": "...",
 *           "highlights": [{"text": "...", "highlights": [{"text": "..."}]}],
 *           "keywords": ["..."]
 *         }
 *       ],
 *       "columns": ["Type", "Author"],       // a table, when the section has one
 *       "rows": [["Infra", "Chris Riccomini"]]
 *     }
 *   ],
 *   "ongoing": ["/work/0", "/projects/0"],    // entries that go on ("Present")
 *   "subHighlights": {                        // bullets nested under a top-level bullet
 *     "/work/0/highlights/0": [
 *       {"text": "Attention prefill", "highlights": [{"text": "H20: +40%"}]},
 *       {"text": "Group GEMM +30%"}
 *     ]
 *   },
 *   "translations": {                         // text pointer -> language tag -> text
 *     "/basics/label": {"zh-Hans": "系统工程师"},
 *     "/x-vitae/sections/0/title": {"zh-Hans": "专利"}
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code sections}: one object per custom section: {@code title}, {@code summary}, {@code
 *       entries}; each entry has every field of the model's entry, its dates as on JSON Resume
 *       entries, its highlights as whole trees of {@code {"text", "highlights"}} objects.
 *   <li>{@code ongoing}: JSON Resume cannot tell "since 2021" from "in 2021" (both have a start
 *       and no end); this lists the pointer of every entry, custom ones included, that goes
 *       on.
 *   <li>{@code subHighlights}: keyed by the pointer of a string in a {@code highlights} list,
 *       the bullets nested under it, as trees. Each text thus appears exactly once in the
 *       document.
 *   <li>{@code translations}: keyed by the pointer of the string translated, the translations
 *       by BCP 47 tag, in the author's order. The output language is the one texts are written
 *       in; a multilingual output can pick a language from here. A text with two translations
 *       into the same language is refused rather than one being dropped.
 * </ul>
 *
 * <p>Output is pretty-printed with two spaces, {@code \n} line ends and a final newline, and
 * is byte-identical for the same model.
 */
public final class JsonGenerator implements Generator {

  /** The {@code $schema} every output names: the official JSON Resume 1.x schema. */
  public static final String SCHEMA_URL =
      "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

  /** The one top-level key holding what JSON Resume has no place for. */
  public static final String EXTENSION_KEY = JsonResumeLayout.EXTENSION;

  /** A generator; it holds no state, so one instance may render many CVs, also at once. */
  public JsonGenerator() {}

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public String render(Resume cv, String language) {
    return render(Reading.of(cv, language));
  }

  @Override
  public String render(Reading reading) {
    return PrettyJson.write(ResumeJson.of(reading.cv(), reading.localized()));
  }
}
