<#ftl output_format="HTML" strip_whitespace=true>
<#-- One topic: every page tagged with it. -->
<#import "layout/base.ftl" as base>
<#import "components/cards.ftl" as cards>
<#assign name = tag?replace("-", " ")>
<@base.page title="Topic: ${name}" root=content.rootpath path="${config.tag_path}/${tag}.html" description="Pages about ${name}."
    trail=[["Topics", "${config.tag_path}/index.html"]]>
<h1>Topic: ${name}</h1>
<@cards.doc_cards docs=tagged_documents?sort_by("title") root=content.rootpath/>
</@base.page>
