<#ftl output_format="HTML" strip_whitespace=true>
<#--
  "On this page" list built from the body's headings; shown when there are at least three. On small
  screens the list is closed until the title, a <details>, is opened (site.css shows the list that
  follows an open one); on wide screens it is always shown.
-->
<#macro toc entries min=3>
<#if entries?size gte min>
<nav class="toc" aria-labelledby="toc-title">
  <details class="toc__toggle" data-open-wide="(min-width: 60rem)"><summary><h2 id="toc-title" class="toc__title">On this page</h2></summary></details>
  <ol class="toc__list">
  <#list entries as entry>
    <li class="toc__item toc__item--h${entry.level}"><a href="#${entry.id}">${entry.text}</a></li>
  </#list>
  </ol>
</nav>
</#if>
</#macro>
