[#-- Small pieces the sections share. Every CV text goes through md(), which renders its
     inline markup; plain strings are escaped by the LaTeX output format. --]
[#-- Lists nest this deep; the preamble raises LaTeX's limit to match. --]
[#assign maxListDepth = 12]

[#-- The nested content as a link to url, or alone when there is no url or it is not safe. --]
[#macro link url=""][#if url?has_content && safeUrl(url)]\href{[=hrefUrl(url)]}{[#nested]}[#else][#nested][/#if][/#macro]

[#-- The texts that are present, rendered and joined by the separator. --]
[#macro joined texts separator][#list texts?filter(text -> text?has_content) as text][=md(text)][#sep][=separator][/#list][/#macro]

[#-- Keywords on one line, between dots. --]
[#macro keywords texts][@joined texts r"\cvsep{}"?no_esc/][/#macro]

[#-- The title line and, when there is something for it, the organization line of an entry.
     Without a title (a job without a position) the organization takes the title's place. --]
[#macro heading title dates="" organization="" location=""]
[#if !title?has_content && organization?has_content]
[@heading title=organization dates=dates location=location/]
[#else]
\cvheading{[=title]}{[=dates]}
[#if organization?has_content || location?has_content]
\cvsubheading{[=organization]}{[=location]}
[/#if]
[/#if]
[/#macro]

[#macro summary text=""]
[#if text?has_content]
\cvsummary{[=md(text)]}
[/#if]
[/#macro]

[#macro keywordLine texts]
[#if texts?has_content]
\cvkeywords{[@keywords texts/]}
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
[#list items as highlight]
[#-- "{}" keeps a text starting with "[" from becoming the item's label --]
\item{} [=md(highlight.text)]
[#if depth < maxListDepth]
[@highlights highlight.highlights depth + 1/]
[#else]
[@highlightItems highlight.highlights depth/]
[/#if]
[/#list]
[/#macro]

[#-- "Example Street 1, 10115 Berlin, DE"; the region only when it is not the city. --]
[#macro location place][#local town][#if place.postalCode??][=place.postalCode] [/#if][#if place.city??][=md(place.city)][/#if][/#local][#t]
[#local region][#if place.region?? && place.region.value != (place.city.value)!""][=md(place.region)][/#if][/#local][#t]
[#local parts = [(place.address)!, town, region, place.countryCode!]?filter(part -> part?has_content)][#t]
[#list parts as part][#if part?is_markup_output][=part][#else][=md(part)][/#if][#sep], [/#list][#t]
[/#macro]
