<#ftl output_format="HTML" strip_whitespace=true>
<#-- An author's or reviewer's page, from content/_data/people.yml: role, registration, bio, and the
     health pages they wrote and reviewed. -->
<#import "layout/content.ftl" as layout>
<#import "components/cards.ftl" as cards>
<@layout.page showToc=false; page, where>
<#if where == "before">
  <#if page.data.registration?has_content><p class="registration"><strong>Registration:</strong> ${page.data.registration}</p></#if>
<#else>
  <@cards.related title="Pages written by ${page.title}" pages=site.pagesBy(page, "author") root=content.rootpath id="written"/>
  <@cards.related title="Pages reviewed by ${page.title}" pages=site.pagesBy(page, "reviewer") root=content.rootpath id="reviewed"/>
</#if>
</@layout.page>
