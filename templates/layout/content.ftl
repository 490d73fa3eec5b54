<#ftl output_format="HTML" strip_whitespace=true>
<#import "base.ftl" as base>
<#import "../components/meta.ftl" as meta>
<#import "../components/toc.ftl" as toc>
<#import "../components/schema.ftl" as schema>
<#import "../components/diagrams.ftl" as diagrams>
<#--
  The frame of a page written in Markdown: title, summary, dates, contents list, the page's own
  parts, its body, the diagrams its front matter names, more of its own parts, sources and the health note.
  The nested content is called twice, with where = "before" and then "after" the body.
  section: [label, address] of the list page this page belongs to, or [] for none
-->
<#macro page section=[] showToc=true>
<#assign current = site.pageAt(content.uri)>
<#assign structuredData><@schema.page p=current/></#assign>
<@base.page title=content.title root=content.rootpath path=content.uri description=current.summary
    ogType=(current.type == "article")?then("article", "website") trail=section?has_content?then([section], [])
    schema=structuredData>
<article class="page page--${current.type}">
  <#if current.draft><@meta.draft_banner/></#if>
  <h1>${content.title}</h1>
  <#if current.summary?has_content><p class="lead">${current.summary}</p></#if>
  <@meta.dates page=current/>
  <#if showToc><@toc.toc entries=current.toc/></#if>
  <#nested current, "before">
  <div class="prose">${current.body?no_esc}</div>
  <@diagrams.diagrams page=current/>
  <#nested current, "after">
  <@meta.sources page=current/>
  <#if current.health><@meta.health_note/></#if>
</article>
</@base.page>
</#macro>
