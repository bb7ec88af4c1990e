package dev.vitae.dsl.model;

import java.util.List;

/**
 * A whole CV: the JSON Resume sections in schema order, then the custom sections, and the
 * languages it is written in.
 *
 * @param order the sections in the order the author wrote them, which is the order outputs
 *     show them in: the names of this record's section components ({@code "work"},
 *     {@code "skills"}) and {@code "sections/<index>"} for a custom section
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
    Localization localization,
    List<String> order) {

  public Resume {
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
}
