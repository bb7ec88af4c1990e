package dev.vitae.generators.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Award;
import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Certificate;
import dev.vitae.dsl.model.Education;
import dev.vitae.dsl.model.Entry;
import dev.vitae.dsl.model.Interest;
import dev.vitae.dsl.model.Language;
import dev.vitae.dsl.model.Location;
import dev.vitae.dsl.model.Meta;
import dev.vitae.dsl.model.Profile;
import dev.vitae.dsl.model.Project;
import dev.vitae.dsl.model.Publication;
import dev.vitae.dsl.model.Reference;
import dev.vitae.dsl.model.Resume;
import dev.vitae.generators.Localized;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.Skill;
import dev.vitae.dsl.model.Volunteer;
import dev.vitae.dsl.model.Work;

/**
 * Maps a CV onto the JSON Resume 1.x document tree. Fields come in the order of the model's
 * record components, which is the schema's order; the fields Vitae adds to an education entry
 * sit where the model has them.
 */
final class ResumeJson {

  private final VitaeExtension extension;
  private final Fields root;

  private ResumeJson(Localized localized) {
    this.extension = new VitaeExtension(localized);
    this.root = Fields.root(extension);
  }

  /** The whole document for {@code cv}, its texts in the language of {@code localized}. */
  static ObjectNode of(Resume cv, Localized localized) {
    return new ResumeJson(localized).write(cv);
  }

  private ObjectNode write(Resume cv) {
    root.string("$schema", JsonGenerator.SCHEMA_URL)
        .object("basics", cv.basics(), ResumeJson::basics)
        .array("work", cv.work(), ResumeJson::work)
        .array("volunteer", cv.volunteer(), ResumeJson::volunteer)
        .array("education", cv.education(), ResumeJson::education)
        .array("awards", cv.awards(), ResumeJson::award)
        .array("certificates", cv.certificates(), ResumeJson::certificate)
        .array("publications", cv.publications(), ResumeJson::publication)
        .array("skills", cv.skills(), ResumeJson::skill)
        .array("languages", cv.languages(), ResumeJson::language)
        .array("interests", cv.interests(), ResumeJson::interest)
        .array("references", cv.references(), ResumeJson::reference)
        .array("projects", cv.projects(), ResumeJson::project)
        .object("meta", cv.meta(), ResumeJson::meta);
    extension.sections().array("sections", cv.sections(), ResumeJson::section);
    extension.localization(cv.localization());
    extension.order(cv.order());
    ObjectNode document = root.node();
    ObjectNode vitae = extension.toJson();
    if (vitae != null) {
      document.set(VitaeExtension.KEY, vitae);
    }
    return document;
  }

  private static void basics(Basics basics, Fields json) {
    json.text("name", basics.name())
        .text("label", basics.label())
        .string("image", basics.image())
        .string("email", basics.email())
        .string("phone", basics.phone())
        .string("url", basics.url())
        .text("summary", basics.summary())
        .object("location", basics.location(), ResumeJson::location)
        .array("profiles", basics.profiles(), ResumeJson::profile);
  }

  private static void location(Location location, Fields json) {
    json.text("address", location.address())
        .string("postalCode", location.postalCode())
        .text("city", location.city())
        .string("countryCode", location.countryCode())
        .text("region", location.region());
  }

  private static void profile(Profile profile, Fields json) {
    json.string("network", profile.network())
        .string("username", profile.username())
        .string("url", profile.url());
  }

  private static void work(Work work, Fields json) {
    json.text("name", work.name())
        .text("location", work.location())
        .text("description", work.description())
        .text("position", work.position())
        .string("url", work.url())
        .dates(work.dates())
        .text("summary", work.summary())
        .highlights(work.highlights());
  }

  private static void volunteer(Volunteer volunteer, Fields json) {
    json.text("organization", volunteer.organization())
        .text("position", volunteer.position())
        .string("url", volunteer.url())
        .dates(volunteer.dates())
        .text("summary", volunteer.summary())
        .highlights(volunteer.highlights());
  }

  /** {@code location}, {@code summary} and {@code highlights} are Vitae's additions. */
  private static void education(Education education, Fields json) {
    json.text("institution", education.institution())
        .string("url", education.url())
        .text("area", education.area())
        .text("studyType", education.studyType())
        .text("location", education.location())
        .dates(education.dates())
        .text("score", education.score())
        .texts("courses", education.courses())
        .text("summary", education.summary())
        .highlights(education.highlights());
  }

  private static void award(Award award, Fields json) {
    json.text("title", award.title())
        .date("date", award.date())
        .text("awarder", award.awarder())
        .text("summary", award.summary());
  }

  private static void certificate(Certificate certificate, Fields json) {
    json.text("name", certificate.name())
        .date("date", certificate.date())
        .string("url", certificate.url())
        .text("issuer", certificate.issuer());
  }

  private static void publication(Publication publication, Fields json) {
    json.text("name", publication.name())
        .text("publisher", publication.publisher())
        .date("releaseDate", publication.releaseDate())
        .string("url", publication.url())
        .text("summary", publication.summary());
  }

  private static void skill(Skill skill, Fields json) {
    json.text("name", skill.name())
        .text("level", skill.level())
        .texts("keywords", skill.keywords());
  }

  private static void language(Language language, Fields json) {
    json.text("language", language.language())
        .text("fluency", language.fluency());
  }

  private static void interest(Interest interest, Fields json) {
    json.text("name", interest.name())
        .texts("keywords", interest.keywords());
  }

  private static void reference(Reference reference, Fields json) {
    json.text("name", reference.name())
        .text("reference", reference.reference());
  }

  private static void project(Project project, Fields json) {
    json.text("name", project.name())
        .text("description", project.description())
        .highlights(project.highlights())
        .texts("keywords", project.keywords())
        .dates(project.dates())
        .string("url", project.url())
        .texts("roles", project.roles())
        .text("entity", project.entity())
        .text("type", project.type());
  }

  private static void meta(Meta meta, Fields json) {
    json.string("canonical", meta.canonical())
        .string("version", meta.version())
        .string("lastModified", meta.lastModified());
  }

  /** A custom section; it lives in the extension, so its highlights are whole trees. */
  private static void section(Section section, Fields json) {
    json.text("title", section.title())
        .text("summary", section.summary())
        .array("entries", section.entries(), ResumeJson::entry)
        .texts("columns", section.columns())
        .rows("rows", section.rows());
  }

  private static void entry(Entry entry, Fields json) {
    json.text("title", entry.title())
        .text("subtitle", entry.subtitle())
        .text("organization", entry.organization())
        .text("location", entry.location())
        .dates(entry.dates())
        .string("url", entry.url())
        .text("summary", entry.summary())
        .highlightTree("highlights", entry.highlights())
        .texts("keywords", entry.keywords());
  }
}
