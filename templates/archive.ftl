<#ftl output_format="HTML" strip_whitespace=true>
<#-- Every article, newest first, then the other pages by kind. -->
<#import "layout/base.ftl" as base>
<#import "components/cards.ftl" as cards>
<@base.page title="Articles" root=content.rootpath path=config.archive_file description="Every article on ${config.site_title}, newest first.">
<h1>Articles</h1>
<@cards.page_cards pages=site.articles root=content.rootpath headingLevel=2 showDate=true/>
<section aria-labelledby="reference-title">
  <h2 id="reference-title">Reference pages</h2>
  <@cards.related title="Therapists" pages=site.disciplines root=content.rootpath id="all-disciplines"/>
  <@cards.related title="Qualifications" pages=site.qualifications root=content.rootpath id="all-qualifications"/>
  <@cards.related title="Techniques" pages=site.techniques root=content.rootpath id="all-techniques"/>
</section>
</@base.page>
