<#ftl output_format="HTML" strip_whitespace=true>
<#-- Every article, newest first, then the other pages by kind. -->
<#import "layout/base.ftl" as base>
<#import "components/cards.ftl" as cards>
<#-- Block: the page's main content. -->
<#macro main>
<h1>Articles</h1>
<@cards.page_cards pages=site.articles headingLevel=2 showDate=true/>
<section aria-labelledby="reference-title">
  <h2 id="reference-title">Reference pages</h2>
  <@cards.related title="Therapists" pages=site.disciplines id="all-disciplines"/>
  <@cards.related title="Qualifications" pages=site.qualifications id="all-qualifications"/>
  <@cards.related title="Techniques" pages=site.techniques id="all-techniques"/>
</section>
</#macro>
<@base.page title="Articles" path=config.archive_file description="Every article on ${config.site_title}, newest first."/>
