<#ftl output_format="HTML" strip_whitespace=true>
<#-- Newer / older links between the pages of the home page's article list. -->
<#macro pagination>
<#if (numberOfPages!0) gt 1>
<nav class="pagination" aria-label="More articles">
  <#if previousFileName??><a rel="prev" href="${url(previousFileName + "index.html")}">Newer articles</a></#if>
  <span>Page ${currentPageNumber} of ${numberOfPages}</span>
  <#if nextFileName??><a rel="next" href="${url(nextFileName + "index.html")}">Older articles</a></#if>
</nav>
</#if>
</#macro>

<#-- Links between the pages of a long list (listPage: see ListPage.java), with the first and last page. -->
<#macro list_pagination page label previous next>
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
