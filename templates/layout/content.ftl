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
  review date, who wrote and reviewed it, and the health note, all read from `content` (a Page record).
  It fills base.ftl's blocks itself; the page template may define these, each given the page (a Page record) as `page`:
    before_text  what goes between the contents list and the body, such as an "At a glance" box
    after_text   what follows the body, such as related pages
  section: [label, address] of the list page this page belongs to, or [] for none
-->
<#macro page section=[] showToc=true>
<#assign contents = showToc>
<@base.page title=content.title path=content.uri description=content.summary
    ogType=(content.type == "article")?then("article", "website") trail=section?has_content?then([section], [])
    defaults=.namespace/>
</#macro>

<#macro head_extra><@schema.page p=content/></#macro>

<#macro styles><#if content.list("diagrams")?has_content><@head.inline_style name="guide-compare-diagrams.css"/></#if></#macro>

<#macro main>
<article class="page page--${content.type}">
  <#if content.draft><@meta.draft_banner/></#if>
  <h1>${content.title}</h1>
  <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
  <@meta.dates page=content/>
  <#if contents><@toc.toc entries=content.toc/></#if>
  <@base.block name="before_text" args={"page": content}/>
  <div class="prose">${content.body?no_esc}</div>
  ${site.careBox(content)?no_esc}
  <@diagrams.diagrams page=content/>
  <@base.block name="after_text" args={"page": content}/>
  <@sources.list page=content/>
  <@meta.reviewed page=content/>
  <#if content.health><@byline.byline page=content/></#if>
  <#if content.health><@meta.health_note/></#if>
</article>
</#macro>
