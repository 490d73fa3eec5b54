<#ftl output_format="HTML" strip_whitespace=true>
<#-- Lists of links to pages, each with its summary. -->

<#-- pages: Page records (site.*, listPage.items) -->
<#macro list pages headingLevel=3 showDate=false>
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

<#-- A titled list of links, for "Used by", "Articles about this" and the like. A list that can grow
     with the site (articles about a discipline, pages by a writer) gives a limit: past it, only the
     newest that many are shown, with a link to the article list, so the page stays within budget. -->
<#macro related title pages id limit=0>
<#if pages?has_content>
<#local shown = (limit gt 0 && pages?size gt limit)?then(pages?sort_by("isoDate")?reverse[0..<limit], pages)>
<section class="related" aria-labelledby="${id}">
  <h2 id="${id}">${title}</h2>
  <ul><#list shown as p><li><a href="${url(p.uri)}">${p.title}</a></li></#list></ul>
  <#if shown?size lt pages?size><p>The newest ${shown?size} of ${pages?size}; <a href="${url(config.archive_file)}">every article, newest first</a>.</p></#if>
</section>
</#if>
</#macro>
