<#ftl output_format="HTML" strip_whitespace=true>
<#-- Served by static hosts for any missing address, so url() gives the full site address here. -->
<#import "layout/base.ftl" as base>
<#-- Block: the page's main content. -->
<#macro main>
<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the address may be mistyped.</p>
<p>Try the <a href="${url("index.html")}">home page</a> or the <a href="${url(config.archive_file)}">list of articles</a>.</p>
</#macro>
<@base.page title="Page not found" path=config.error404_file showCrumbs=false/>
