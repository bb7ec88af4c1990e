package dev.vitae.generators;

/**
 * The words an output adds around the CV's own text: section headings and "Present". One
 * instance per language; English is the only one so far.
 */
public record Labels(
    String work,
    String volunteer,
    String education,
    String awards,
    String certificates,
    String publications,
    String skills,
    String languages,
    String interests,
    String references,
    String projects,
    String present) {

  public static final Labels ENGLISH = new Labels(
      "Work Experience",
      "Volunteering",
      "Education",
      "Awards",
      "Certificates",
      "Publications",
      "Skills",
      "Languages",
      "Interests",
      "References",
      "Projects",
      "Present");
}
