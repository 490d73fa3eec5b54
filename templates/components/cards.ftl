<#ftl output_format="HTML" strip_whitespace=true>
<#-- Lists of links to pages, each with its summary. -->

<#-- pages: Page records from site.* -->
<#macro page_cards pages headingLevel=3 showDate=false>
<ul class="cards">
<#list pages as p>
  <li class="card">
    <h${headingLevel} class="card__title"><a href="${url(p.uri)}">${p.title}</a></h${headingLevel}>
    <#if showDate><p class="card__date"><time datetime="${p.isoDate}">${p.displayDate}</time></p></#if>
    <#if p.summary?has_content><p class="card__summary">${p.summary}</p></#if>
  </li>
</#list>
</ul>
</#macro>

<#-- docs: JBake documents (published_posts, tagged_posts) -->
<#macro doc_cards docs headingLevel=2>
<ul class="cards">
<#list docs as d>
  <li class="card">
    <h${headingLevel} class="card__title"><a href="${url(d.uri)}">${d.title}</a></h${headingLevel}>
    <p class="card__date"><time datetime="${d.date?date?string.iso}">${d.date?date}</time></p>
    <#if d.summary??><p class="card__summary">${d.summary}</p></#if>
  </li>
</#list>
</ul>
</#macro>

<#-- A titled list of links, for "Used by", "Articles about this" and the like. -->
<#macro related title pages id>
<#if pages?has_content>
<section class="related" aria-labelledby="${id}">
  <h2 id="${id}">${title}</h2>
  <ul><#list pages as p><li><a href="${url(p.uri)}">${p.title}</a></li></#list></ul>
</section>
</#if>
</#macro>
