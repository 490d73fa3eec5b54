<#ftl output_format="HTML" strip_whitespace=true>
<#-- The home page: what the site is for, the guide, the five disciplines and the latest articles (paginated). -->
<#import "layout/base.ftl" as base>
<#import "components/cards.ftl" as cards>
<#import "components/pagination.ftl" as pages>
<#import "components/schema.ftl" as schema>
<#assign firstPage = listPage.number == 1>
<#-- Block: structured data for the head. -->
<#macro head_extra><#if firstPage><@schema.website/></#if></#macro>
<#-- Block: the page's main content. -->
<#macro main>
<#if firstPage>
<section class="hero">
  <h1>${config.site_title}</h1>
  <p class="lead">${config.site_tagline}</p>
  <#local guide = site.single("guide")!>
  <#local compare = site.single("compare")!>
  <p class="hero__actions">
    <#if guide?has_content><a class="button" href="${url(guide.uri)}">${guide.title}</a></#if>
    <#if compare?has_content><a class="button button--secondary" href="${url(compare.uri)}">${compare.title}</a></#if>
  </p>
</section>
<section aria-labelledby="disciplines-title">
  <h2 id="disciplines-title">The five disciplines</h2>
  <@cards.list pages=site.disciplines/>
</section>
<section aria-labelledby="latest-title">
  <h2 id="latest-title">Latest articles</h2>
  <@cards.list pages=listPage.items showDate=true/>
  <@more/>
</section>
<#else>
<h1>Articles, page ${listPage.number}</h1>
<@cards.list pages=listPage.items headingLevel=2 showDate=true/>
<@more/>
</#if>
</#macro>
<#-- The links between the pages of articles. -->
<#macro more><@pages.links page=listPage label="More articles" previous="Newer articles" next="Older articles"/></#macro>
<@base.page title=firstPage?then(config.site_title, "Articles, page ${listPage.number}") path=listPage.uri/>
