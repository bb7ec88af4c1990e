<#--
  The whole CV as Markdown, from the document (doc): the header, then each section in the
  author's order, laid out by parts.md.ftl, then what the document says of itself. Every block
  ends in a blank line.
-->
<#import "parts.md.ftl" as p>
<#if doc.header??>
<@p.header doc.header/>
</#if>
<#list doc.sections as section>
<@p.section section/>
</#list>
<#if doc.about?has_content>
---

<#list doc.about as part>${md.inline(part)}<#sep> · </#list>
</#if>
