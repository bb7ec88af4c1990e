package dev.vitae.dsl;

import dev.vitae.dsl.check.CvChecker;
import dev.vitae.dsl.check.InvalidCvException;
import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.check.Problem;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Localization;
import dev.vitae.dsl.model.Localization.LabelOverride;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A whole CV. Each section method adds one entry and hands its builder to the lambda:
 * <pre>{@code
 * Vitae.cv()
 *     .basics(b -> b.name("Jane Doe").email("jane@example.com"))
 *     .work(w -> w.name("Tencent").position("Engineer").start(2021, FEBRUARY).ongoing())
 *     .build();
 * }</pre>
 *
 * <p>The outputs show the sections in the order they are first written here.
 */
public final class ResumeBuilder extends Builder {

  private BasicsBuilder basics;
  private final List<WorkBuilder> work = new ArrayList<>();
  private final List<VolunteerBuilder> volunteer = new ArrayList<>();
  private final List<EducationBuilder> education = new ArrayList<>();
  private final List<AwardBuilder> awards = new ArrayList<>();
  private final List<CertificateBuilder> certificates = new ArrayList<>();
  private final List<PublicationBuilder> publications = new ArrayList<>();
  private final List<SkillBuilder> skills = new ArrayList<>();
  private final List<LanguageBuilder> languages = new ArrayList<>();
  private final List<InterestBuilder> interests = new ArrayList<>();
  private final List<ReferenceBuilder> references = new ArrayList<>();
  private final List<ProjectBuilder> projects = new ArrayList<>();
  private final List<SectionBuilder> sections = new ArrayList<>();
  private MetaBuilder meta;
  private final List<String> writtenIn;
  private final Map<String, String> fallbacks = new LinkedHashMap<>();
  private final List<LabelOverride> labels = new ArrayList<>();
  /** Each section once, where the author first wrote it: outputs keep that order. */
  private final Set<String> order = new LinkedHashSet<>();

  ResumeBuilder(List<String> writtenIn) {
    super(Path.ROOT);
    this.writtenIn = List.copyOf(writtenIn);
  }

  /**
   * Where {@code language} has no translation of a text, use the text in {@code fallback}
   * instead of reporting it missing: {@code .fallback("zh-Hans", "en")}.
   */
  public ResumeBuilder fallback(String language, String fallback) {
    fallbacks.put(language, fallback);
    return this;
  }

  /**
   * Overrides a word or date pattern the outputs in {@code language} add:
   * {@code .label("zh-Hans", Label.MONTH_FORMAT, "yyyy.M")}.
   */
  public ResumeBuilder label(String language, Label label, String text) {
    labels.add(new LabelOverride(language, label, text));
    return this;
  }

  public ResumeBuilder basics(Consumer<BasicsBuilder> basics) {
    if (this.basics == null) {
      this.basics = new BasicsBuilder(Path.ROOT.then("basics"));
    }
    basics.accept(this.basics);
    return this;
  }

  public ResumeBuilder work(Consumer<WorkBuilder> entry) {
    return add(work, "work", "work", WorkBuilder::new, entry);
  }

  public ResumeBuilder volunteer(Consumer<VolunteerBuilder> entry) {
    return add(volunteer, "volunteer", "volunteer", VolunteerBuilder::new, entry);
  }

  public ResumeBuilder education(Consumer<EducationBuilder> entry) {
    return add(education, "education", "education", EducationBuilder::new, entry);
  }

  public ResumeBuilder award(Consumer<AwardBuilder> entry) {
    return add(awards, "awards", "award", AwardBuilder::new, entry);
  }

  public ResumeBuilder certificate(Consumer<CertificateBuilder> entry) {
    return add(certificates, "certificates", "certificate", CertificateBuilder::new, entry);
  }

  public ResumeBuilder publication(Consumer<PublicationBuilder> entry) {
    return add(publications, "publications", "publication", PublicationBuilder::new, entry);
  }

  public ResumeBuilder skill(Consumer<SkillBuilder> entry) {
    return add(skills, "skills", "skill", SkillBuilder::new, entry);
  }

  public ResumeBuilder language(Consumer<LanguageBuilder> entry) {
    return add(languages, "languages", "language", LanguageBuilder::new, entry);
  }

  public ResumeBuilder interest(Consumer<InterestBuilder> entry) {
    return add(interests, "interests", "interest", InterestBuilder::new, entry);
  }

  public ResumeBuilder reference(Consumer<ReferenceBuilder> entry) {
    return add(references, "references", "reference", ReferenceBuilder::new, entry);
  }

  public ResumeBuilder project(Consumer<ProjectBuilder> entry) {
    return add(projects, "projects", "project", ProjectBuilder::new, entry);
  }

  /** A titled section for what JSON Resume lacks: patents, talks, teaching, blogs. */
  public ResumeBuilder section(String title, Consumer<SectionBuilder> entries) {
    return section(text(title), entries);
  }

  /** A titled section whose title is given in several languages. */
  public ResumeBuilder section(Text title, Consumer<SectionBuilder> entries) {
    return add(sections, "sections/" + sections.size(), "section",
        path -> new SectionBuilder(path, title), entries);
  }

  public ResumeBuilder meta(Consumer<MetaBuilder> meta) {
    if (this.meta == null) {
      this.meta = new MetaBuilder(Path.ROOT.then("meta"));
    }
    meta.accept(this.meta);
    return this;
  }

  /**
   * The CV, after every rule has passed.
   *
   * @throws InvalidCvException listing every problem found, when there is any
   */
  public Resume build() {
    Resume cv = toModel();
    List<Problem> problems = CvChecker.check(cv);
    if (!problems.isEmpty()) {
      throw new InvalidCvException(problems);
    }
    return cv;
  }

  private Resume toModel() {
    return new Resume(
        basics == null ? null : basics.toModel(),
        work.stream().map(WorkBuilder::toModel).toList(),
        volunteer.stream().map(VolunteerBuilder::toModel).toList(),
        education.stream().map(EducationBuilder::toModel).toList(),
        awards.stream().map(AwardBuilder::toModel).toList(),
        certificates.stream().map(CertificateBuilder::toModel).toList(),
        publications.stream().map(PublicationBuilder::toModel).toList(),
        skills.stream().map(SkillBuilder::toModel).toList(),
        languages.stream().map(LanguageBuilder::toModel).toList(),
        interests.stream().map(InterestBuilder::toModel).toList(),
        references.stream().map(ReferenceBuilder::toModel).toList(),
        projects.stream().map(ProjectBuilder::toModel).toList(),
        sections.stream().map(SectionBuilder::toModel).toList(),
        meta == null ? null : meta.toModel(),
        new Localization(writtenIn, fallbacks, labels),
        List.copyOf(order));
  }

  /**
   * Adds an entry to {@code entries}, the list {@code section} of the model, through the
   * builder method {@code method}.
   */
  private <B extends Builder> ResumeBuilder add(List<B> entries, String section, String method,
      Function<Path, B> create, Consumer<B> fill) {
    order.add(section);
    B builder = create.apply(Path.ROOT.then(method, entries.size()));
    entries.add(builder);
    fill.accept(builder);
    return this;
  }
}
