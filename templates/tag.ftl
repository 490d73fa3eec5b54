<#ftl output_format="HTML" strip_whitespace=true>
<#-- One topic: every page tagged with it. -->
<#import "layout/base.ftl" as base>
<#import "components/cards.ftl" as cards>
<#assign name = tag?replace("-", " ")>
<#-- Block: the page's main content. -->
<#macro main>
<h1>Topic: ${name}</h1>
<@cards.doc_cards docs=tagged_documents?sort_by("title")/>
</#macro>
<@base.page title="Topic: ${name}" path="${config.tag_path}/${tag}.html" description="Pages about ${name}."
    trail=[["Topics", "${config.tag_path}/index.html"]]/>
