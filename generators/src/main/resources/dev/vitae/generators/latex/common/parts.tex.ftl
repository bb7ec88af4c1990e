[#-- The pieces of a CV, the same in every theme: each theme defines the LaTeX commands they
     are written in (\cvname, \cventry, \cvpair, ...) to lay them out its way. Every CV text
     goes through md() (or phrase() for several joined by commas), which renders its inline
     markup and its link; plain strings are escaped by the LaTeX output format. --]
[#-- Lists nest this deep; the preamble raises LaTeX's limit to match. --]
[#assign maxListDepth = 12]

[#macro header header]
[#local photo = photoFile(header.photo!)!]
[#if photo?has_content]
% The photo [=hrefUrl(header.photo)], shown when [=photo] lies beside this file: LaTeX
% cannot fetch a URL.
\cvphoto{[=photo]}
[#elseif header.photo??]
% The photo is not shown: LaTeX cannot fetch [=hrefUrl(header.photo)]
[/#if]
\cvbeginheader
\cvname{[=md(header.name!)]}{[=givenName(header.name!)]}{[=familyName(header.name!)]}
[#if header.label??]
\cvlabel{[=md(header.label)]}
[/#if]
[#if header.contacts?has_content]
\cvcontacts{[#list header.contacts as contact]\cvcontact{[=contact.kind?lower_case]}{[@contactLine contact/]}[#sep]\cvcontactsep{}[/#list]}
[/#if]
\cvendheader
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
\begin{cvsection}{[=md(section.heading)]}
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
\end{cvsection}
[/#macro]

[#-- An entry: its heading (title, dates, byline, place, how long), then prose, bullets and
     tags, each kept with the heading by the commands themselves. --]
[#macro entry item]
\cventry{[=phrase(item.title)]}{[=(item.when.text)!]}{[@joined item.byline/]}{[=md(item.location!)]}{[=item.duration]}
[@summary item.body!/]
[@highlights item.bullets/]
[#if item.tags?has_content]
\cvkeywords{[@keywords item.tags/]}
[/#if]
\cvendentry
[/#macro]

[#-- A name and its details: a skill's level and its keywords, or a language and its
     fluency. --]
[#macro pair item]
[#if item.tags?has_content]
\cvpair{[=phrase(item.title)]}{[@joined item.byline/]}{[@keywords item.tags/]}
[#else]
\cvpair{[=phrase(item.title)]}{}{[@joined item.byline/]}
[/#if]
[/#macro]

[#-- The phrases of a byline, between dots. --]
[#macro joined phrases][#list phrases as words][=phrase(words)][#sep]\cvsep{}[/#list][/#macro]

[#-- Keywords between dots: the line breaks between two, never inside one. --]
[#macro keywords texts][#list texts as text]\cvkeyword{[=md(text)]}[#sep]\cvsep{}[/#list][/#macro]

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

[#-- A table: as a table where the theme has tables, else as lines of text in reading order,
     each row's cells between dots under a line of the column headings. --]
[#macro table table]
[#if tablesAsText!false]
\cvtablerow{[#list table.columns as heading]\cvtablehead{[=md(heading)]}[#sep]\cvsep{}[/#list]}
[#list table.rows as row]
\cvtablerow{[#list row as cell][=md(cell)][#sep]\cvsep{}[/#list]}
[/#list]
[#else]
\begin{cvtable}{[=table.columns?size]}
[#list table.columns as heading]\cvtablehead{[=md(heading)]}[#sep] & [/#sep][/#list] \\
\cvtablerule
[#list table.rows as row]
[#list row as cell][=md(cell)][#sep] & [/#sep][/#list] \\
[/#list]
\end{cvtable}
[/#if]
[/#macro]
