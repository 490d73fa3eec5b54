<#ftl output_format="HTML" strip_whitespace=true>
<#-- An article (blog post). -->
<#import "layout/content.ftl" as layout>
<#import "components/cards.ftl" as cards>
<#import "components/tags.ftl" as tags>
<@layout.page section=["Articles", config.archive_file]; page, where>
<#if where == "after">
  <@tags.tag_list tags=content.tags root=content.rootpath/>
  <@cards.related title="Therapists in this article" pages=site.refs(page, "disciplines") root=content.rootpath id="about-disciplines"/>
  <@cards.related title="Techniques in this article" pages=site.refs(page, "techniques") root=content.rootpath id="about-techniques"/>
  <@cards.related title="Qualifications in this article" pages=site.refs(page, "qualifications") root=content.rootpath id="about-qualifications"/>
  <@cards.related title="Related articles" pages=site.related(page, 3) root=content.rootpath id="related-articles"/>
  <#assign newer = site.newerArticle(page)!>
  <#assign older = site.olderArticle(page)!>
  <#if newer?has_content || older?has_content>
  <nav class="prev-next" aria-label="More articles">
    <#if newer?has_content><a rel="next" href="${content.rootpath}${newer.uri}"><span>Newer article</span> ${newer.title}</a></#if>
    <#if older?has_content><a rel="prev" href="${content.rootpath}${older.uri}"><span>Older article</span> ${older.title}</a></#if>
  </nav>
  </#if>
</#if>
</@layout.page>
