<#ftl output_format="HTML" strip_whitespace=true>
<#-- One topic: every page tagged with it, in title order, a page at a time (listPage: see ListPage.java). -->
<#import "layout/base.ftl" as base>
<#import "components/cards.ftl" as cards>
<#import "components/pagination.ftl" as pages>
<#assign name = listPage.name?replace("-", " ")>
<#assign title = (listPage.number == 1)?then("Topic: ${name}", "Topic: ${name}, page ${listPage.number} of ${listPage.count}")>
<#-- Block: the page's main content. -->
<#macro main>
<h1>${title}</h1>
<@cards.list pages=listPage.items headingLevel=2 showDate=true/>
<@pages.links page=listPage label="More pages about ${name}" previous="Previous page" next="Next page"/>
</#macro>
<@base.page title=title path=listPage.uri description="Pages about ${name}."
    trail=[["Topics", "${config.tag_path}/index.html"]]/>
