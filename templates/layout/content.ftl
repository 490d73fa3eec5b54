<#ftl output_format="HTML" strip_whitespace=true>
<#import "base.ftl" as base>
<#import "../components/head.ftl" as head>
<#import "../components/meta.ftl" as meta>
<#import "../components/toc.ftl" as toc>
<#import "../components/schema.ftl" as schema>
<#import "../components/diagrams.ftl" as diagrams>
<#import "../components/sources.ftl" as sources>
<#import "../components/byline.ftl" as byline>
<#--
  The frame of a page written in Markdown: title, summary, publication date, contents list, the
  page's own parts, its body, a health page's care box (unless its body places it), the diagrams its front matter names, more of its own parts, sources,
  review date, who wrote and reviewed it, and the health note. It fills base.ftl's blocks itself; the
  page template may define these, each given the page (a Page record) as `page`:
    before_text  what goes between the contents list and the body, such as an "At a glance" box
    after_text   what follows the body, such as related pages
  section: [label, address] of the list page this page belongs to, or [] for none
-->
<#macro page section=[] showToc=true>
<#assign current = content>
<#assign contents = showToc>
<@base.page title=current.title path=current.uri description=current.summary
    ogType=(current.type == "article")?then("article", "website") trail=section?has_content?then([section], [])
    defaults=.namespace/>
</#macro>

<#macro head_extra><@schema.page p=current/></#macro>

<#macro styles><#if current.list("diagrams")?has_content><@head.inline_style name="guide-compare-diagrams.css"/></#if></#macro>

<#macro main>
<article class="page page--${current.type}">
  <#if current.draft><@meta.draft_banner/></#if>
  <h1>${current.title}</h1>
  <#if current.summary?has_content><p class="lead">${current.summary}</p></#if>
  <@meta.dates page=current/>
  <#if contents><@toc.toc entries=current.toc/></#if>
  <@base.block name="before_text" args={"page": current}/>
  <div class="prose">${current.body?no_esc}</div>
  ${site.careBox(current)?no_esc}
  <@diagrams.diagrams page=current/>
  <@base.block name="after_text" args={"page": current}/>
  <@sources.list page=current/>
  <@meta.reviewed page=current/>
  <#if current.health><@byline.byline page=current/></#if>
  <#if current.health><@meta.health_note/></#if>
</article>
</#macro>
