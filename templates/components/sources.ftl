<#ftl output_format="HTML" strip_whitespace=true>
<#-- A health page's numbered Sources list: the records of content/_data/sources.yml, in the order its
     inline citations number them (site.sourcesOf); each entry's id is what a citation links to. -->
<#macro list page>
<#assign records = site.sourcesOf(page)>
<#if records?has_content>
<section class="sources" aria-labelledby="page-sources">
  <h2 id="page-sources" class="sources__title">Sources</h2>
  <ol class="sources__list">
  <#list records as s>
    <li id="source-${s?counter}"><a href="${s.url}">${s.title}</a>. ${s.publisher}.<#if s.dateText?has_content> ${s.dateText}.</#if></li>
  </#list>
  </ol>
  <#if page.health><#list site.disclosures?filter(d -> d.data.kind == "care") as care>
  <p>The care boxes on this page follow the pages listed on <a href="${url(care.uri)}">${care.title?lower_case?cap_first}</a>.</p>
  </#list></#if>
</section>
</#if>
</#macro>
