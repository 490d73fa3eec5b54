<#ftl output_format="HTML" strip_whitespace=true>
<#-- Every article, newest first, a page at a time (listPage: see ListPage.java); the first page
     also lists the other pages by kind. -->
<#import "layout/base.ftl" as base>
<#import "components/cards.ftl" as cards>
<#import "components/pagination.ftl" as pages>
<#assign firstPage = listPage.number == 1>
<#assign title = firstPage?then("Articles", "Articles, page ${listPage.number} of ${listPage.count}")>
<#-- Block: the page's main content. -->
<#macro main>
<h1>${title}</h1>
<@cards.list pages=listPage.items headingLevel=2 showDate=true/>
<@pages.links page=listPage label="More articles" previous="Newer articles" next="Older articles"/>
<#if firstPage>
<section aria-labelledby="reference-title">
  <h2 id="reference-title">Reference pages</h2>
  <@cards.related title="Therapists" pages=site.disciplines id="all-disciplines"/>
  <@cards.related title="Qualifications" pages=site.qualifications id="all-qualifications"/>
  <@cards.related title="Techniques" pages=site.techniques id="all-techniques"/>
</section>
</#if>
</#macro>
<@base.page title=title path=listPage.uri description="Every article on ${config.site_title}, newest first."/>
