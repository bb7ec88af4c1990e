[#-- The document after its preamble: the PDF's description, the header, then every section
     in the author's order, then what the document says of itself. Included by each theme's
     cv.tex.ftl once its commands are defined. A project's own theme may build on a built-in
     one: it captures its own definitions as `themeAdditions` ([#assign themeAdditions]...
     [/#assign]) and includes that theme's cv.tex.ftl; they come last in the preamble, so
     they may \renewcommand what the built-in theme defined. --]
[#assign header = doc.header!]
[#if header?has_content]
\hypersetup{pdftitle={[=md(header.name!)]}, pdfauthor={[=md(header.name!)]}[#if header.label??], pdfsubject={[=md(header.label)]}[/#if]}
[/#if]
[#if themeAdditions??]
[=themeAdditions]
[/#if]

\begin{document}
[#if header?has_content]
[@part.header header/]
[/#if]
[#list doc.sections as section]
[@part.section section/]
[/#list]
[#if doc.about?has_content]
\cvfooter{[#list doc.about as about][=md(about)][#sep]\cvsep{}[/#list]}
[/#if]
\end{document}
