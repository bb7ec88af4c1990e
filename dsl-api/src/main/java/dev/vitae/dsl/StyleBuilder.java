package dev.vitae.dsl;

import dev.vitae.dsl.check.Path;
import dev.vitae.dsl.model.Mark;
import dev.vitae.dsl.model.Paper;
import dev.vitae.dsl.model.Style;
import dev.vitae.dsl.model.Theme;

/**
 * How this CV looks, in every format:
 * <pre>{@code
 * .style(s -> s.theme(Theme.MODERN).accent("#1d4ed8").paper(Paper.LETTER).fontSize(10.5))
 * }</pre>
 * Each setting may also be given for some variants only, beside the CV's own:
 * {@code .theme(Theme.CLASSIC, only(ACADEMIC))}, {@code .paper(Paper.LETTER, only(US))}.
 * What is not set here is the theme's own; a build may override any of it with processor
 * options ({@code -Avitae.theme=compact}).
 */
public final class StyleBuilder extends Builder {

  private String theme;
  private String accent;
  private Paper paper;
  private Double fontSize;

  StyleBuilder(Path path) {
    super(path);
  }

  /** One of the themes Vitae ships. */
  public StyleBuilder theme(Theme theme) {
    this.theme = theme == null ? null : theme.key();
    return this;
  }

  /**
   * The theme of some variants only: {@code .theme(Theme.CLASSIC, only(ACADEMIC))}; the
   * others keep the CV's own.
   */
  public StyleBuilder theme(Theme theme, Mark... marks) {
    beside("theme", theme == null ? null : theme.key(), marks);
    return this;
  }

  /**
   * A theme of this project's own, by the name of its folder of templates (see the README,
   * "Themes"): lower-case letters, digits and hyphens.
   */
  public StyleBuilder theme(String ownTheme) {
    this.theme = ownTheme;
    return this;
  }

  /** The accent colour, as {@code #rrggbb}: headings, rules and links take it. */
  public StyleBuilder accent(String colour) {
    this.accent = colour;
    return this;
  }

  /** The accent colour of some variants only: {@code .accent("#b91c1c", only(ACADEMIC))}. */
  public StyleBuilder accent(String colour, Mark... marks) {
    beside("accent", colour, marks);
    return this;
  }

  public StyleBuilder paper(Paper paper) {
    this.paper = paper;
    return this;
  }

  /** The paper of some variants only: {@code .paper(Paper.LETTER, only(US))}. */
  public StyleBuilder paper(Paper paper, Mark... marks) {
    beside("paper", paper, marks);
    return this;
  }

  /** The base font size in points, from 8 to 14; headings scale with it. */
  public StyleBuilder fontSize(double points) {
    this.fontSize = points;
    return this;
  }

  /** The base font size of some variants only: {@code .fontSize(10, only(ACADEMIC))}. */
  public StyleBuilder fontSize(double points, Mark... marks) {
    beside("fontSize", points, marks);
    return this;
  }

  @Override
  Style toModel() {
    return Style.DEFAULT.with(theme, accent, paper, fontSize);
  }
}
