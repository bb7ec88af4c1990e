package dev.vitae.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vitae.dsl.model.Award;
import dev.vitae.dsl.model.Basics;
import dev.vitae.dsl.model.Certificate;
import dev.vitae.dsl.model.Education;
import dev.vitae.dsl.model.Interest;
import dev.vitae.dsl.model.Language;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Location;
import dev.vitae.dsl.model.Meta;
import dev.vitae.dsl.model.Profile;
import dev.vitae.dsl.model.Project;
import dev.vitae.dsl.model.Publication;
import dev.vitae.dsl.model.Reference;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Section;
import dev.vitae.dsl.model.SectionRef;
import dev.vitae.dsl.model.Skill;
import dev.vitae.dsl.model.Volunteer;
import dev.vitae.dsl.model.Work;
import java.util.List;

/**
 * Reads a JSON Resume 1.x document, and the {@code x-vitae} extension Vitae's JSON output
 * adds, into the CV model: the inverse of Vitae's JSON output. Each section and field maps to
 * the model's record component of the same name; {@code releaseDate} is a publication's date.
 */
final class JsonResumeReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      // Two values for one field would leave one of them out silently: refuse the document.
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      // A number read as text keeps its digits: 4.10 stays 4.10, not the double 4.1.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private JsonResumeReader() {}

  /**
   * The CV {@code json} describes, and what of it could not be imported.
   *
   * @throws IllegalArgumentException when {@code json} is not a JSON object
   */
  static ImportedCv read(String json) {
    ObjectNode root = parse(json);
    // Taken before reading: the reading takes translations and nested bullets out as it goes.
    DocumentOrder documentOrder = DocumentOrder.of(root);
    ReadContext context = new ReadContext();
    JsonObjectReader document = new JsonObjectReader(root, JsonPointer.empty(), context);
    document.ignore("$schema"); // Vitae names the schema it writes itself
    VitaeExtensionReader extension = VitaeExtensionReader.of(document);
    Localization localization = extension.configure();

    Basics basics = document.object("basics", JsonResumeReader::basics);
    List<Work> work = document.objects("work", JsonResumeReader::work);
    List<Volunteer> volunteer = document.objects("volunteer", JsonResumeReader::volunteer);
    List<Education> education = document.objects("education", JsonResumeReader::education);
    List<Award> awards = document.objects("awards", JsonResumeReader::award);
    List<Certificate> certificates =
        document.objects("certificates", JsonResumeReader::certificate);
    List<Publication> publications =
        document.objects("publications", JsonResumeReader::publication);
    List<Skill> skills = document.objects("skills", JsonResumeReader::skill);
    List<Language> languages = document.objects("languages", JsonResumeReader::language);
    List<Interest> interests = document.objects("interests", JsonResumeReader::interest);
    List<Reference> references = document.objects("references", JsonResumeReader::reference);
    List<Project> projects = document.objects("projects", JsonResumeReader::project);
    Meta meta = document.object("meta", JsonResumeReader::meta);
    List<Section> sections = extension.sections();

    Resume unordered = new Resume(basics, work, volunteer, education, awards, certificates,
        publications, skills, languages, interests, references, projects, sections, meta,
        localization, List.of());
    List<SectionRef> order = extension.order(SectionOrder.present(unordered),
        document.fieldNames());
    extension.finish();
    context.reportUnused();
    document.finish();
    return new ImportedCv(new Resume(basics, work, volunteer, education, awards, certificates,
        publications, skills, languages, interests, references, projects, sections, meta,
        localization, order), context.notImported().stream()
            .sorted(documentOrder.comparator()).toList());
  }

  private static ObjectNode parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException invalid) {
      throw new IllegalArgumentException("not valid JSON: " + invalid.getOriginalMessage()
          + " (line " + invalid.getLocation().getLineNr() + ", column "
          + invalid.getLocation().getColumnNr() + ")", invalid);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON Resume document: the top level must be a"
          + " JSON object");
    }
    return (ObjectNode) root;
  }

  private static Basics basics(JsonObjectReader json) {
    return new Basics(json.text("name"), json.text("label"), json.url("image"),
        json.string("email"), json.string("phone"), json.url("url"), json.text("summary"),
        json.object("location", JsonResumeReader::location),
        json.objects("profiles", JsonResumeReader::profile));
  }

  private static Location location(JsonObjectReader json) {
    return new Location(json.text("address"), json.string("postalCode"), json.text("city"),
        json.string("countryCode"), json.text("region"));
  }

  private static Profile profile(JsonObjectReader json) {
    return new Profile(json.string("network"), json.string("username"), json.url("url"));
  }

  private static Work work(JsonObjectReader json) {
    return new Work(json.text("name"), json.text("location"), json.text("description"),
        json.text("position"), json.url("url"), json.dates(), json.text("summary"),
        json.highlights("highlights"));
  }

  private static Volunteer volunteer(JsonObjectReader json) {
    return new Volunteer(json.text("organization"), json.text("position"), json.url("url"),
        json.dates(), json.text("summary"), json.highlights("highlights"));
  }

  /** {@code location}, {@code summary} and {@code highlights} are Vitae's additions. */
  private static Education education(JsonObjectReader json) {
    return new Education(json.text("institution"), json.url("url"), json.text("area"),
        json.text("studyType"), json.text("location"), json.dates(), json.text("score"),
        json.texts("courses"), json.text("summary"), json.highlights("highlights"));
  }

  private static Award award(JsonObjectReader json) {
    return new Award(json.text("title"), json.date("date"), json.text("awarder"),
        json.text("summary"));
  }

  private static Certificate certificate(JsonObjectReader json) {
    return new Certificate(json.text("name"), json.date("date"), json.url("url"),
        json.text("issuer"));
  }

  private static Publication publication(JsonObjectReader json) {
    return new Publication(json.text("name"), json.text("publisher"), json.date("releaseDate"),
        json.url("url"), json.text("summary"));
  }

  private static Skill skill(JsonObjectReader json) {
    return new Skill(json.text("name"), json.text("level"), json.texts("keywords"));
  }

  private static Language language(JsonObjectReader json) {
    return new Language(json.text("language"), json.text("fluency"));
  }

  private static Interest interest(JsonObjectReader json) {
    return new Interest(json.text("name"), json.texts("keywords"));
  }

  private static Reference reference(JsonObjectReader json) {
    return new Reference(json.text("name"), json.text("reference"));
  }

  private static Project project(JsonObjectReader json) {
    return new Project(json.text("name"), json.text("description"),
        json.highlights("highlights"), json.texts("keywords"), json.dates(), json.url("url"),
        json.texts("roles"), json.text("entity"), json.text("type"));
  }

  private static Meta meta(JsonObjectReader json) {
    return new Meta(json.url("canonical"), json.string("version"), json.string("lastModified"));
  }
}
