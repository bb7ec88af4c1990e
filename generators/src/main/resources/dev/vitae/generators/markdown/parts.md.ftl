<#--
  The pieces of a CV in Markdown. `md` (MarkdownFunctions) turns CV text into safe Markdown;
  anything else printed here is escaped by the Markdown output format. Markdown is made of
  lines: every block below ends in a blank line, and nested lists are indented by two spaces a
  level. One macro lays out the entries of every kind of section: the document says where each
  part of an entry goes.
-->

<#-- The name, the photo, the label, how to reach the person, the summary. -->
<#macro header header>
<#if header.name??>
# ${md.inline(header.name)}

</#if>
<#if header.photo??>
![<#if header.name??>${md.inline(header.name)}</#if>](${md.url(header.photo)})

</#if>
<#if header.label??>
**${md.inline(header.label)}**

</#if>
<#if header.contacts?has_content>
<#list header.contacts as contact><@contactLine contact/><#sep> · </#list>

</#if>
<#if header.summary??>
${md.block(header.summary, "")}

</#if>
</#macro>

<#-- One way to reach the person: "GitHub: janedoe" for a profile, as a link where it is one. -->
<#macro contactLine contact>
<#local text><#if contact.network??>${contact.network}<#if contact.text??>: </#if></#if><#if contact.text??>${md.inline(contact.text)}</#if></#local>
<#if contact.link??>[${text}](${md.url(contact.link)})<#else>${text}</#if><#t>
</#macro>

<#-- A section under its heading: its introduction, its entries, its table. -->
<#macro section section>
## ${md.inline(section.heading)}

<#if section.intro??>
${md.block(section.intro, "")}

</#if>
<#if section.layout == "PAIRS">
<#if section.items?has_content>
<#list section.items as item>
<@pair item/>
</#list>

</#if>
<#else>
<#list section.items as item>
<@entry item section.layout/>
</#list>
</#if>
<#if section.table??>
<@table section.table/>
</#if>
</#macro>

<#--
  One entry: its title as a heading; who, then when and where, on the two lines under it; then
  its prose (a quotation, for references), bullets and tags.
-->
<#macro entry item layout>
<#if item.title?has_content>
### ${md.phrase(item.title)}

</#if>
<#local byline><@joined item.byline/></#local>
<#local details><@details item/></#local>
<#if byline?has_content && details?has_content>
${byline}\
*${details}*

<#elseif byline?has_content>
${byline}

<#elseif details?has_content>
*${details}*

</#if>
<#if item.body??>
<#if layout == "QUOTES">
> ${md.block(item.body, "> ")}
<#else>
${md.block(item.body, "")}
</#if>

</#if>
<#if item.bullets?has_content>
<@bullets item.bullets ""/>

</#if>
<#if item.tags?has_content>
<#local tags><@tags item.tags/></#local>
${tags}

</#if>
</#macro>

<#--
  A name and its details on one list item: a skill, its level and its keywords; a language and
  its fluency.
-->
<#macro pair item>
<#local byline><@joined item.byline/></#local>
<#local details><@details item/></#local>
<#local tags><#if item.tags?has_content><@tags item.tags/></#if></#local>
<#local more><#list [byline, details]?filter(part -> part?has_content) as part>${part}<#sep> · </#list></#local>
<#local line><#if item.title?has_content>**${md.phrase(item.title)}**</#if><#if more?has_content && tags?has_content> (${more}): ${tags}<#elseif more?has_content || tags?has_content><#if item.title?has_content>: </#if>${more}${tags}</#if></#local>
- ${line}
<#if item.body??>

  ${md.block(item.body, "  ")}
</#if>
<#if item.bullets?has_content>
<@bullets item.bullets "  "/>
</#if>
</#macro>

<#-- The phrases of a byline, between dots. -->
<#macro joined phrases><#list phrases as words>${md.phrase(words)}<#sep> · </#list></#macro>

<#-- When, where and how long, between dots. -->
<#macro details item><#local parts = []><#if item.when??><#local parts += [item.when.text]></#if><#if item.location??><#local parts += [md.inline(item.location)]></#if><#if item.duration?has_content><#local parts += [item.duration]></#if><#list parts as part>${part}<#sep> · </#list></#macro>

<#-- Keywords, courses: on one line, between dots. -->
<#macro tags texts><#list texts as text>${md.inline(text)}<#sep> · </#list></#macro>

<#-- Bullet points, the bullets under each indented under it, to any depth. -->
<#macro bullets items indent>
<#list items as bullet>
${indent?no_esc}- ${md.block(bullet.text, indent + "  ")}
<#if bullet.bullets?has_content>
<@bullets bullet.bullets indent + "  "/>
</#if>
</#list>
</#macro>

<#-- A GFM table: the headings, the delimiter row, a row a line. -->
<#macro table table>
| <#list table.columns as heading>${md.cell(heading)}<#sep> | </#list> |
|<#list table.columns as heading> --- |</#list>
<#list table.rows as row>
| <#list row as cell>${md.cell(cell)}<#sep> | </#list> |
</#list>

</#macro>
