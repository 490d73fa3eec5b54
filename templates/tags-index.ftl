<#ftl output_format="HTML" strip_whitespace=true>
<#-- Every topic, with how many pages have it. -->
<#import "layout/base.ftl" as base>
<#-- Block: the page's main content. -->
<#macro main>
<h1>Topics</h1>
<ul class="topic-list">
<#list lists.topics as t>
  <li><a href="${url(t.uri)}">${t.name?replace("-", " ")}</a> <span class="count">(${t.size} page<#if t.size != 1>s</#if>)</span></li>
</#list>
</ul>
</#macro>
<@base.page title="Topics" path="${config.tag_path}/index.html" description="Every topic on ${config.site_title}."/>
