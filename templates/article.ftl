<#ftl output_format="HTML" strip_whitespace=true>
<#-- An article (blog post). -->
<#import "layout/content.ftl" as layout>
<#import "components/cards.ftl" as cards>
<#import "components/tags.ftl" as tags>
<#-- Block: after the text. -->
<#macro after_text page>
  <@tags.tag_list tags=page.topics/>
  <@cards.related title="Therapists in this article" pages=site.refs(page, "disciplines") id="about-disciplines"/>
  <@cards.related title="Techniques in this article" pages=site.refs(page, "techniques") id="about-techniques"/>
  <@cards.related title="Qualifications in this article" pages=site.refs(page, "qualifications") id="about-qualifications"/>
  <@cards.related title="Related articles" pages=site.related(page, 3) id="related-articles"/>
  <#local newer = site.newerArticle(page)!>
  <#local older = site.olderArticle(page)!>
  <#if newer?has_content || older?has_content>
  <nav class="prev-next" aria-label="More articles">
    <#if newer?has_content><a rel="next" href="${url(newer.uri)}"><span>Newer article</span> ${newer.title}</a></#if>
    <#if older?has_content><a rel="prev" href="${url(older.uri)}"><span>Older article</span> ${older.title}</a></#if>
  </nav>
  </#if>
</#macro>
<@layout.page section=["Articles", config.archive_file]/>
