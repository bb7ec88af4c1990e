/**
 * The CV as a LaTeX document for xelatex.
 *
 * <p>{@link dev.vitae.generators.latex.LatexGenerator} fills the FreeMarker templates next to
 * these classes ({@code cv.tex.ftl}, which includes the preamble and calls one macro per
 * section from {@code sections.tex.ftl}). The templates use square-bracket syntax and the
 * {@link dev.vitae.generators.latex.LatexOutputFormat}, so every interpolation is escaped by
 * {@link dev.vitae.generators.latex.LatexEscaper}; CV text goes through {@code md()}, which
 * renders its inline markup with {@code LatexInlineRenderer}. Nothing a CV says can run as
 * TeX: the tests decode every output by the escaper's grammar and compile the hostile CV.
 */
package dev.vitae.generators.latex;
