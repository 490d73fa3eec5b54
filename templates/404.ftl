<#ftl output_format="HTML" strip_whitespace=true>
<#-- Served by static hosts for any missing address, so its links use the full site address. -->
<#import "layout/base.ftl" as base>
<@base.page title="Page not found" root=config.site_host path=config.error404_file showCrumbs=false>
<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the address may be mistyped.</p>
<p>Try the <a href="${config.site_host}index.html">home page</a> or the <a href="${config.site_host}${config.archive_file}">list of articles</a>.</p>
</@base.page>
