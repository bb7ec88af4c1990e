/**
 * The CV as a LaTeX document for xelatex.
 *
 * <p>{@link dev.vitae.generators.latex.LatexGenerator} fills the CV's theme's FreeMarker
 * template next to these classes ({@code themes/<theme>/cv.tex.ftl}, which defines the theme's
 * layout commands and includes the shared preamble, parts and document of {@code common/}).
 * The templates use square-bracket syntax and the
 * LaTeX output format ({@link dev.vitae.generators.Templates#LATEX}), so every interpolation
 * is escaped by {@link dev.vitae.generators.latex.LatexEscaper}; CV text goes through {@code md()}, which
 * renders its inline markup with {@code LatexInlineRenderer}. Nothing a CV says can run as
 * TeX: the tests decode every output by the escaper's grammar and compile the hostile CV.
 */
package dev.vitae.generators.latex;
