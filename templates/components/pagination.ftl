<#ftl output_format="HTML" strip_whitespace=true>
<#-- Links between the pages of a list (listPage: see ListPage.java), with the first and last page. -->
<#macro links page label previous next>
<#if page.count gt 1>
<nav class="pagination" aria-label="${label}">
  <#if page.number gt 2><a href="${url(page.first)}">First page</a></#if>
  <#if page.previous?has_content><a rel="prev" href="${url(page.previous)}">${previous}</a></#if>
  <span>Page ${page.number} of ${page.count}</span>
  <#if page.next?has_content><a rel="next" href="${url(page.next)}">${next}</a></#if>
  <#if page.number lt page.count - 1><a href="${url(page.last)}">Last page</a></#if>
</nav>
</#if>
</#macro>
