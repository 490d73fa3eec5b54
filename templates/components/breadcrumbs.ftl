<#ftl output_format="HTML" strip_whitespace=true>
<#-- Home › trail… › this page. trail is [[label, path], ...] below Home. -->
<#macro breadcrumbs title trail=[]>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    <li><a href="${url("index.html")}">Home</a></li>
    <#list trail as step><li><a href="${url(step[1])}">${step[0]}</a></li></#list>
    <li><span aria-current="page">${title}</span></li>
  </ol>
</nav>
</#macro>
