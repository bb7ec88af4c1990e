[#-- A whole CV: the preamble, then every section in the order the author wrote them. --]
[#import "parts.tex.ftl" as part]
[#import "sections.tex.ftl" as section]
% Written by Vitae from the CV's source; compile with xelatex.
[#include "preamble.tex.ftl"]
[#if cv.basics??]
\hypersetup{pdftitle={[=md(cv.basics.name!)]}, pdfauthor={[=md(cv.basics.name!)]}[#if cv.basics.label??], pdfsubject={[=md(cv.basics.label)]}[/#if]}
[/#if]

\begin{document}
[#if cv.basics??]
[@section.header cv.basics/]
[/#if]
[#list cv.order as part]
[#if part.isCustom()]
[@section.custom cv.sections[part.index()]/]
[#else]
[@section[part.kind().key()] cv[part.kind().key()]/]
[/#if]
[/#list]
[#if cv.meta??]
[@section.meta cv.meta/]
[/#if]
\end{document}
