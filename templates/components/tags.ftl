<#ftl output_format="HTML" strip_whitespace=true>
<#-- Topic links; tags are written with hyphens (sports-massage) and shown with spaces. -->
<#macro tag_list tags>
<#if tags?has_content>
<ul class="tags" aria-label="Topics">
<#list tags as tag><li><a href="${url(config.tag_path + "/" + tag + ".html")}">${tag?replace("-", " ")}</a></li></#list>
</ul>
</#if>
</#macro>
