<#ftl output_format="plainText" strip_whitespace=true>
<#-- What the search page searches: one entry per published page. -->
[<#list site.all?sort_by("uri") as p>
{"title":"${p.title?json_string}","url":"${p.uri?json_string}","type":"${p.type?json_string}","summary":"${p.summary?json_string}","tags":[<#list p.list("tags") as t>"${t?json_string}"<#sep>,</#sep></#list>],"headings":[<#list p.text.headings as h>"${h?json_string}"<#sep>,</#sep></#list>],"text":"${p.text.jsonText}"}<#sep>,</#sep>
</#list>]
