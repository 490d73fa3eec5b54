<#ftl output_format="HTML" strip_whitespace=true>
<#-- Every topic, with how many pages have it. -->
<#import "layout/base.ftl" as base>
<@base.page title="Topics" root=content.rootpath path="${config.tag_path}/index.html" description="Every topic on ${config.site_title}.">
<h1>Topics</h1>
<ul class="topic-list">
<#list tags?sort_by("name") as t>
  <li><a href="${content.rootpath}${t.uri}">${t.name?replace("-", " ")}</a> <span class="count">(${t.tagged_documents?size} page<#if t.tagged_documents?size != 1>s</#if>)</span></li>
</#list>
</ul>
</@base.page>
