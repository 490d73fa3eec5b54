<#ftl output_format="HTML" strip_whitespace=true>
<#-- An author's or reviewer's page, from content/_data/people.yml: role, registration, bio, and the
     health pages they wrote and reviewed. -->
<#import "layout/content.ftl" as layout>
<#import "components/cards.ftl" as cards>
<#-- Block: before the text (the bio). -->
<#macro before_text page>
  <#if page.data.registration?has_content><p class="registration"><strong>Registration:</strong> ${page.data.registration}</p></#if>
  <#if page.data.register?has_content><p class="register"><strong>Register:</strong> ${page.data.register}</p></#if>
  <#if page.data.conflicts?has_content><p class="conflicts"><strong>Conflicts of interest:</strong> ${page.data.conflicts}</p></#if>
</#macro>
<#-- Block: after the text. -->
<#macro after_text page>
  <@cards.related title="Pages written by ${page.title}" pages=site.pagesBy(page, "author") id="written" limit=50/>
  <@cards.related title="Pages reviewed by ${page.title}" pages=site.pagesBy(page, "reviewer") id="reviewed" limit=50/>
</#macro>
<@layout.page showToc=false/>
