<#ftl output_format="HTML" strip_whitespace=true>
<#-- Who runs the site and how: one of the four pages made from content/_data/site-owner.yml (content.DisclosurePages),
     its wording in components/disclosure.ftl, its facts from the owner's file. -->
<#import "layout/content.ftl" as layout>
<#import "components/disclosure.ftl" as disclosure>
<#-- Block: where the text would be. -->
<#macro before_text page>
  <div class="prose"><@disclosure.page kind=page.data.kind/></div>
</#macro>
<@layout.page showToc=false/>
