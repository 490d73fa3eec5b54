<#ftl output_format="HTML" strip_whitespace=true>
<#-- The home page: what the site is for, the guide, the five disciplines and the latest articles (paginated). -->
<#import "layout/base.ftl" as base>
<#import "components/cards.ftl" as cards>
<#import "components/pagination.ftl" as pages>
<#import "components/schema.ftl" as schema>
<#assign firstPage = (currentPageNumber!1) lte 1>
<#assign path = firstPage?then("index.html", "${currentPageNumber}/index.html")>
<#assign structuredData><#if firstPage><@schema.website/></#if></#assign>
<@base.page title=firstPage?then(config.site_title, "Articles, page ${currentPageNumber}") root=content.rootpath path=path schema=structuredData>
<#if firstPage>
<section class="hero">
  <h1>${config.site_title}</h1>
  <p class="lead">${config.site_tagline}</p>
  <#assign guide = site.single("guide")!>
  <#assign compare = site.single("compare")!>
  <p class="hero__actions">
    <#if guide?has_content><a class="button" href="${content.rootpath}${guide.uri}">${guide.title}</a></#if>
    <#if compare?has_content><a class="button button--secondary" href="${content.rootpath}${compare.uri}">${compare.title}</a></#if>
  </p>
</section>
<section aria-labelledby="disciplines-title">
  <h2 id="disciplines-title">The five disciplines</h2>
  <@cards.page_cards pages=site.disciplines root=content.rootpath/>
</section>
<section aria-labelledby="latest-title">
  <h2 id="latest-title">Latest articles</h2>
  <@cards.doc_cards docs=published_posts root=content.rootpath headingLevel=3/>
  <@pages.pagination root=content.rootpath/>
</section>
<#else>
<h1>Articles, page ${currentPageNumber}</h1>
<@cards.doc_cards docs=published_posts root=content.rootpath/>
<@pages.pagination root=content.rootpath/>
</#if>
</@base.page>
