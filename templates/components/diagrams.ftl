<#ftl output_format="HTML" strip_whitespace=true>
<#-- The diagrams a page names in its front matter (diagrams: [qualification-ladder, who-does-what]),
     drawn as inline SVG from the site's own front matter by render/diagrams/. -->
<#macro diagrams page>
<#list page.list("diagrams") as id>${pictures.diagram(id)?no_esc}</#list>
</#macro>
