[#-- The pieces of a CV. Every CV text goes through md() (or phrase() for several joined by
     commas), which renders its inline markup and its link; plain strings are escaped by the
     LaTeX output format. One macro lays out every kind of section: the document says where
     each part of an entry goes. --]
[#-- Lists nest this deep; the preamble raises LaTeX's limit to match. --]
[#assign maxListDepth = 12]

[#macro header header]
[#if header.photo??]
% Photo (not embedded: LaTeX cannot fetch a remote image): [=hrefUrl(header.photo)]
[/#if]
\cvname{[=md(header.name!)]}
[#if header.label??]
\cvlabel{[=md(header.label)]}
[/#if]
[#if header.contacts?has_content]
\cvcontacts{[#list header.contacts as contact][@contactLine contact/][#sep]\cvcontactsep{}[/#list]}
[/#if]
[#if header.summary??]
\cvabstract{[=md(header.summary)]}
[/#if]
[/#macro]

[#-- One way to reach the person: "GitHub: janedoe" for a profile, as a link where it is one. --]
[#macro contactLine contact][@link contact.link!][#if contact.network??][=contact.network][#if contact.text??]: [/#if][/#if][=md(contact.text!)][/@link][/#macro]

[#-- The nested content as a link to url, or alone when there is no url. --]
[#macro link url=""][#if url?has_content]\href{[=hrefUrl(url)]}{[#nested]}[#else][#nested][/#if][/#macro]

[#-- A section under its heading: its introduction, its entries laid out as the section's
     layout says, its table. --]
[#macro section section]
\cvsection{[=md(section.heading)]}
[@summary section.intro!/]
[#list section.items as item]
[#switch section.layout]
[#case "PAIRS"]
[@pair item/]
[#break]
[#case "QUOTES"]
\cvreference{[=phrase(item.title)]}{[=md(item.body!)]}
[#break]
[#default]
[@entry item/]
[/#switch]
[/#list]
[#if section.table??]
[@table section.table/]
[/#if]
[/#macro]

[#-- An entry: title and dates, byline and place, then prose, bullets and tags. --]
[#macro entry item]
[#local byline][@joined item.byline/][/#local]
[#local where][=md(item.location!)][#if item.location?? && item.duration?has_content]\cvsep{}[/#if][=item.duration][/#local]
\cvheading{[=phrase(item.title)]}{[=(item.when.text)!]}
[#if byline?has_content || where?has_content]
\cvsubheading{[=byline]}{[=where]}
[/#if]
[@summary item.body!/]
[@highlights item.bullets/]
[#if item.tags?has_content]
\cvkeywords{[@keywords item.tags/]}
[/#if]
[/#macro]

[#-- A name and its details side by side: a skill's level under its name and its keywords
     beside it, or a language and its fluency. --]
[#macro pair item]
[#local byline][@joined item.byline/][/#local]
[#if item.tags?has_content]
\cvpair{[=phrase(item.title)][#if byline?has_content]\cvlevel{[=byline]}[/#if]}{[@keywords item.tags/]}
[#else]
\cvpair{[=phrase(item.title)]}{[=byline]}
[/#if]
[/#macro]

[#-- The phrases of a byline, between dots. --]
[#macro joined phrases][#list phrases as words][=phrase(words)][#sep]\cvsep{}[/#list][/#macro]

[#-- Keywords on one line, between dots. --]
[#macro keywords texts][#list texts as text][=md(text)][#sep]\cvsep{}[/#list][/#macro]

[#macro summary text=""]
[#if text?has_content]
\cvsummary{[=md(text)]}
[/#if]
[/#macro]

[#-- Bullet points, nested as deep as LaTeX allows, then flat. --]
[#macro highlights items depth=1]
[#if items?has_content]
\begin{itemize}
[@highlightItems items depth/]
\end{itemize}
[/#if]
[/#macro]

[#macro highlightItems items depth]
[#list items as bullet]
[#-- "{}" keeps a text starting with "[" from becoming the item's label --]
\item{} [=md(bullet.text)]
[#if depth < maxListDepth]
[@highlights bullet.bullets depth + 1/]
[#else]
[@highlightItems bullet.bullets depth/]
[/#if]
[/#list]
[/#macro]

[#macro table table]
\begin{cvtable}{[=table.columns?size]}
[#list table.columns as heading]\textbf{[=md(heading)]}[#sep] & [/#sep][/#list] \\
\hline
[#list table.rows as row]
[#list row as cell][=md(cell)][#sep] & [/#sep][/#list] \\
[/#list]
\end{cvtable}
[/#macro]
