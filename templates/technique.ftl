<#ftl output_format="HTML" strip_whitespace=true>
<#-- One technique: what it is for, the text, and which disciplines use it. -->
<#import "layout/content.ftl" as layout>
<#import "components/cards.ftl" as cards>
<#import "components/facts.ftl" as facts>
<#import "components/head.ftl" as head>
<#-- Block: the facts box's styles (assets/inline/facts.css). -->
<#macro styles><@head.inline_style name="facts.css"/></#macro>
<#-- Block: between the contents list and the text. -->
<#macro before_text page>
  <@facts.box title="At a glance">
    <@facts.fact term="What it is for">${page.data.purpose}</@facts.fact>
    <@facts.fact term="Kind of technique">${page.data.category?cap_first}</@facts.fact>
  </@facts.box>
</#macro>
<#-- Block: after the text. -->
<#macro after_text page>
  <@cards.related title="Who uses it" pages=site.disciplinesListing(page, "techniques") id="used-by"/>
  <@cards.related title="Articles about this technique" pages=site.articlesAbout(page) id="articles" limit=50/>
</#macro>
<@layout.page/>
