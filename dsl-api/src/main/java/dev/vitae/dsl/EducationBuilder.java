package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Education;
import dev.vitae.dsl.model.Text;
import dev.vitae.dsl.model.TextOption;
import java.util.List;

/** A degree or course of study. */
public final class EducationBuilder extends PeriodBuilder<EducationBuilder> {

  private Text institution;
  private String url;
  private Text area;
  private Text studyType;
  private Text location;
  private Text score;
  private final TextList courses = new TextList(this, "courses", "course");
  private Text summary;

  EducationBuilder(Path path) {
    super(path);
  }

  public EducationBuilder institution(String value, TextOption... translations) {
    this.institution = text("institution", value, translations);
    return this;
  }

  public EducationBuilder url(String value) {
    this.url = value;
    return this;
  }

  /** The field of study: "High-Performance Computing". */
  public EducationBuilder area(String value, TextOption... translations) {
    this.area = text("area", value, translations);
    return this;
  }

  /** The degree: "Doctor of Philosophy", "Bachelor". */
  public EducationBuilder studyType(String value, TextOption... translations) {
    this.studyType = text("studyType", value, translations);
    return this;
  }

  public EducationBuilder location(String value, TextOption... translations) {
    this.location = text("location", value, translations);
    return this;
  }

  /** A grade: "GPA 3.7", "First Class Honours". */
  public EducationBuilder score(String value, TextOption... translations) {
    this.score = text("score", value, translations);
    return this;
  }

  public EducationBuilder courses(String... values) {
    courses.set(Texts.of(values));
    return this;
  }

  public EducationBuilder courses(Text... values) {
    courses.set(List.of(values));
    return this;
  }

  /**
   * A course: {@code .course("Compilers", only(ACADEMIC))}.
   * Adds it after the others, with its translations and marks, as the other texts take them.
   */
  public EducationBuilder course(String value, TextOption... translations) {
    courses.add(value, translations);
    return this;
  }

  public EducationBuilder summary(String value, TextOption... translations) {
    this.summary = text("summary", value, translations);
    return this;
  }

  Education toModel() {
    return new Education(institution, url, area, studyType, location, dates(), score,
        courses.toModel(), summary, highlights());
  }
}
