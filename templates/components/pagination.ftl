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
