package dev.vitae.dsl.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of section a CV has, and everything Vitae knows about each: the one place that
 * names them. The builders, the rules, the text walk, the labels, every output and the
 * importer read this table; a new kind of section is a record, its builder, a component of
 * {@link Resume}, a method of the CV builder, a row here and a {@link Label}.
 *
 * <p>The constants are in the order the JSON Resume schema lists its sections, which is the
 * order Vitae's JSON document writes them in; custom sections come last.
 */
public enum SectionKind implements SectionName {
  WORK("work", "work", Work.class, Label.WORK, Layout.ENTRIES,
      new Required("name", "the employer"), DateRule.STARTED_PERIOD,
      Roles.title("position").byline("name", "description").body("summary").withDuration(),
      Occupation.FULL_TIME),
  VOLUNTEER("volunteer", "volunteer", Volunteer.class, Label.VOLUNTEER, Layout.ENTRIES,
      new Required("organization", "the organization"), DateRule.STARTED_PERIOD,
      Roles.title("position").byline("organization").body("summary")),
  EDUCATION("education", "education", Education.class, Label.EDUCATION, Layout.ENTRIES,
      new Required("institution", "the school or university"), DateRule.PERIOD,
      Roles.title("studyType", "area").byline("institution", "score").body("summary"),
      Occupation.STUDY),
  AWARDS("awards", "award", Award.class, Label.AWARDS, Layout.ENTRIES,
      new Required("title", "the award's name"), DateRule.DATE,
      Roles.title("title").byline("awarder").body("summary")),
  CERTIFICATES("certificates", "certificate", Certificate.class, Label.CERTIFICATES,
      Layout.ENTRIES, new Required("name", "the certificate's name"), DateRule.DATE,
      Roles.title("name").byline("issuer")),
  PUBLICATIONS("publications", "publication", Publication.class, Label.PUBLICATIONS,
      Layout.ENTRIES, new Required("name", "the title"), DateRule.DATE,
      Roles.title("name").byline("publisher").body("summary")),
  SKILLS("skills", "skill", Skill.class, Label.SKILLS, Layout.PAIRS,
      new Required("name", "the skill area"), DateRule.NONE,
      Roles.title("name").byline("level")),
  LANGUAGES("languages", "language", Language.class, Label.LANGUAGES, Layout.PAIRS,
      new Required("language", "the language's name"), DateRule.NONE,
      Roles.title("language").byline("fluency")),
  INTERESTS("interests", "interest", Interest.class, Label.INTERESTS, Layout.PAIRS,
      new Required("name", "the interest"), DateRule.NONE, Roles.title("name")),
  REFERENCES("references", "reference", Reference.class, Label.REFERENCES, Layout.QUOTES,
      new Required("name", "who gives the reference"), DateRule.NONE,
      Roles.title("name").body("reference")),
  PROJECTS("projects", "project", Project.class, Label.PROJECTS, Layout.ENTRIES,
      new Required("name", "the project's name"), DateRule.PERIOD,
      Roles.title("name").byline("roles", "entity", "type").body("description")),
  /**
   * The author's own titled sections ({@code section("Patents", s -> ...)}); their entries
   * are {@link Entry} records, headed by each section's title instead of a label.
   */
  CUSTOM("sections", "section", Entry.class, null, Layout.ENTRIES,
      new Required("title", "the entry's title"), DateRule.PERIOD,
      Roles.title("title").byline("subtitle", "organization").body("summary"));

  private final String key;
  private final String method;
  private final Class<? extends Record> entryType;
  private final Label heading;
  private final Layout layout;
  private final Required required;
  private final DateRule dateRule;
  private final Roles roles;
  private final Occupation occupation;

  SectionKind(String key, String method, Class<? extends Record> entryType, Label heading,
      Layout layout, Required required, DateRule dateRule, Roles roles) {
    this(key, method, entryType, heading, layout, required, dateRule, roles, Occupation.NONE);
  }

  SectionKind(String key, String method, Class<? extends Record> entryType, Label heading,
      Layout layout, Required required, DateRule dateRule, Roles roles, Occupation occupation) {
    this.occupation = occupation;
    this.key = key;
    this.method = method;
    this.entryType = entryType;
    this.heading = heading;
    this.layout = layout;
    this.required = required;
    this.dateRule = dateRule;
    this.roles = roles;
  }

  /**
   * The name of the section's list: the {@link Resume} component, and the JSON Resume key
   * ({@code "awards"}; {@code "sections"} for the custom ones).
   */
  public String key() {
    return key;
  }

  /** The builder method that adds one entry ({@code award}), which problem paths spell. */
  public String method() {
    return method;
  }

  /** The record of one entry: {@code Award}; for custom sections, {@link Entry}. */
  public Class<? extends Record> entryType() {
    return entryType;
  }

  /** The section's heading; null for custom sections, which carry their own title. */
  public Label heading() {
    return heading;
  }

  public Layout layout() {
    return layout;
  }

  /** The field no entry may lack. */
  public Required required() {
    return required;
  }

  public DateRule dateRule() {
    return dateRule;
  }

  /** Which fields of an entry a reader sees where. */
  public Roles roles() {
    return roles;
  }

  /** What an entry of this kind says about how the person spent their time. */
  public Occupation occupation() {
    return occupation;
  }

  /**
   * The entries of this kind in {@code cv}; for {@link #CUSTOM}, the custom sections
   * themselves.
   */
  public List<?> in(Resume cv) {
    return (List<?>) Components.read(cv, key);
  }

  /** The kind whose entries are added by the builder method {@code method}, or null. */
  public static SectionKind byMethod(String method) {
    for (SectionKind kind : values()) {
      if (kind.method.equals(method)) {
        return kind;
      }
    }
    return null;
  }

  /** The kind whose list is named {@code key}, or null. */
  public static SectionKind byKey(String key) {
    for (SectionKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    return null;
  }

  /** The standard kinds: those with a fixed heading, in the schema's order. */
  public static List<SectionKind> standard() {
    return List.of(values()).subList(0, CUSTOM.ordinal());
  }

  /** How a section's entries are laid out. */
  public enum Layout {
    /** Entries with a title line, dates, a byline, a body and bullets: jobs, degrees. */
    ENTRIES,
    /** Compact name and details pairs: skills, languages, interests. */
    PAIRS,
    /** A quotation and who said it: references. */
    QUOTES
  }

  /**
   * What the timeline analysis makes of an entry's dates: a job fills the time and is
   * full-time (two of them should not overlap), studies fill the time (no gap) but may go
   * along with a job, anything else is left out unless a CV counts it.
   */
  public enum Occupation {
    /** Not part of the timeline: an award, a skill, a side project. */
    NONE,
    /** The main occupation while it lasts, alongside which a job is normal: a degree. */
    STUDY,
    /** A full-time occupation: no long gap between them, no two at once. */
    FULL_TIME
  }

  /** The rule for an entry's dates. */
  public enum DateRule {
    /** No date. */
    NONE,
    /** One date, set with {@code date(...)}: an award, a certificate, a publication. */
    DATE,
    /** A start, an end or ongoing, each optional; an end alone is a single date. */
    PERIOD,
    /** A period that needs its start: a job, a volunteer role. */
    STARTED_PERIOD
  }

  /**
   * The field every entry of a kind needs, and how the advice describes it: {@code name},
   * "the employer".
   */
  public record Required(String field, String what) {}

  /**
   * Which fields of an entry a reader sees in which place, by record component name.
   *
   * @param title the fields that make the title, joined by commas (a degree's study type and
   *     area); when all are empty, the first byline field takes the title's place
   * @param byline the fields under the title: who and in which role; a list field's items are
   *     joined by commas
   * @param body the field of prose under the heading, or null
   * @param duration whether the reader sees how long the entry lasted
   */
  public record Roles(List<String> title, List<String> byline, String body, boolean duration) {

    public Roles {
      title = List.copyOf(title);
      byline = List.copyOf(byline);
    }

    /** Every field these roles place. */
    public Set<String> fields() {
      Set<String> fields = new HashSet<>(title);
      fields.addAll(byline);
      if (body != null) {
        fields.add(body);
      }
      return fields;
    }

    static Roles title(String... fields) {
      return new Roles(List.of(fields), List.of(), null, false);
    }

    Roles byline(String... fields) {
      return new Roles(title, List.of(fields), body, duration);
    }

    Roles body(String field) {
      return new Roles(title, byline, field, duration);
    }

    Roles withDuration() {
      return new Roles(title, byline, body, true);
    }
  }
}
