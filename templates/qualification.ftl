<#ftl output_format="HTML" strip_whitespace=true>
<#-- One qualification: level and length, the text, and which disciplines hold it. -->
<#import "layout/content.ftl" as layout>
<#import "components/cards.ftl" as cards>
<#import "components/facts.ftl" as facts>
<#import "components/head.ftl" as head>
<#-- Block: the facts box's styles (assets/inline/facts.css). -->
<#macro styles><@head.inline_style name="facts.css"/></#macro>
<#-- Block: between the contents list and the text. -->
<#macro before_text page>
  <@facts.box title="At a glance">
    <@facts.fact term="Level">${page.data.level_label}</@facts.fact>
    <@facts.fact term="Typical length">${page.data.length}</@facts.fact>
    <@facts.fact term="What it lets you do">${page.data.lets_you}</@facts.fact>
    <@facts.fact term="Regulation">${page.data.regulation_route}</@facts.fact>
  </@facts.box>
</#macro>
<#-- Block: after the text. -->
<#macro after_text page>
  <@cards.related title="Who holds it" pages=site.disciplinesListing(page, "qualifications") id="held-by"/>
  <@cards.related title="Articles about this qualification" pages=site.articlesAbout(page) id="articles" limit=50/>
</#macro>
<@layout.page/>
