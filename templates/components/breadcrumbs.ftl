<#ftl output_format="HTML" strip_whitespace=true>
<#-- Home › section › this page. section is [label, address] or empty. -->
<#macro breadcrumbs root title section=[]>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="${root}index.html">Home</a></li>
    <#if section?has_content><li><a href="${root}${section[1]}">${section[0]}</a></li></#if>
    <li><span aria-current="page">${title}</span></li>
  </ol>
</nav>
</#macro>
