package dev.vitae.dsl.model;

/**
 * A section as an order names it: a standard kind ({@link SectionKind#EDUCATION}), or one of
 * the author's own sections by its title ({@code titled("Teaching")}), so that
 * {@code .order(only(ACADEMIC), EDUCATION, titled("Teaching"), WORK)} reads as the CV does.
 */
public sealed interface SectionName permits SectionKind, SectionName.Titled {

  /** The author's own section written as {@code .section(title, ...)}. */
  static SectionName titled(String title) {
    return new Titled(title);
  }

  /**
   * A custom section by the title it is written with (in the CV's first language).
   *
   * @param title the title as written
   */
  record Titled(String title) implements SectionName {

    @Override
    public String toString() {
      return "titled(\"" + title + "\")";
    }
  }
}
