package dev.vitae.dsl.model;

import java.util.List;

/**
 * A whole CV: the JSON Resume sections in schema order, then the custom sections, and the
 * languages it is written in.
 *
 * <p>{@link SectionKind} names the section components; adding one means adding its kind there.
 *
 * @param style how it looks: its theme, accent colour, paper and font size
 * @param order the sections in the order the author wrote them, which is the order outputs
 *     show them in
 * @param tailoring the CV's variants and the marks of its parts; {@link Tailoring#NONE} in the
 *     model of one variant, which the outputs are rendered from
 */
public record Resume(
    Basics basics,
    List<Work> work,
    List<Volunteer> volunteer,
    List<Education> education,
    List<Award> awards,
    List<Certificate> certificates,
    List<Publication> publications,
    List<Skill> skills,
    List<Language> languages,
    List<Interest> interests,
    List<Reference> references,
    List<Project> projects,
    List<Section> sections,
    Meta meta,
    Style style,
    Localization localization,
    List<SectionRef> order,
    Tailoring tailoring) {

  public Resume {
    style = style == null ? Style.DEFAULT : style;
    tailoring = tailoring == null ? Tailoring.NONE : tailoring;
    work = List.copyOf(work);
    volunteer = List.copyOf(volunteer);
    education = List.copyOf(education);
    awards = List.copyOf(awards);
    certificates = List.copyOf(certificates);
    publications = List.copyOf(publications);
    skills = List.copyOf(skills);
    languages = List.copyOf(languages);
    interests = List.copyOf(interests);
    references = List.copyOf(references);
    projects = List.copyOf(projects);
    sections = List.copyOf(sections);
    order = List.copyOf(order);
  }

  /** A CV without variants or marks. */
  public Resume(Basics basics, List<Work> work, List<Volunteer> volunteer,
      List<Education> education, List<Award> awards, List<Certificate> certificates,
      List<Publication> publications, List<Skill> skills, List<Language> languages,
      List<Interest> interests, List<Reference> references, List<Project> projects,
      List<Section> sections, Meta meta, Style style, Localization localization,
      List<SectionRef> order) {
    this(basics, work, volunteer, education, awards, certificates, publications, skills,
        languages, interests, references, projects, sections, meta, style, localization, order,
        Tailoring.NONE);
  }

  /** This CV with other variants and marks. */
  public Resume withTailoring(Tailoring tailoring) {
    return new Resume(basics, work, volunteer, education, awards, certificates, publications,
        skills, languages, interests, references, projects, sections, meta, style,
        localization, order, tailoring);
  }

  /** This CV in {@code style}: a build's options choose the look without touching the text. */
  public Resume withStyle(Style style) {
    return new Resume(basics, work, volunteer, education, awards, certificates, publications,
        skills, languages, interests, references, projects, sections, meta, style,
        localization, order, tailoring);
  }
}
