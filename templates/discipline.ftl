<#ftl output_format="HTML" strip_whitespace=true>
<#-- One kind of therapist: facts at a glance from front matter, the text, then what links to it. -->
<#import "layout/content.ftl" as layout>
<#import "components/cards.ftl" as cards>
<#import "components/facts.ftl" as facts>
<#import "components/head.ftl" as head>
<#-- Block: the facts box's styles (assets/inline/facts.css). -->
<#macro styles><@head.inline_style name="facts.css"/></#macro>
<#-- Block: between the contents list and the text. -->
<#macro before_text page>
  <@facts.box title="At a glance">
    <@facts.fact term="Training">${page.data.training}</@facts.fact>
    <@facts.fact term="Entry level">${page.data.entry_level}</@facts.fact>
    <@facts.fact term="Regulated by law?"><@facts.yes_no value=page.data.regulated/> ${page.data.regulation}</@facts.fact>
    <@facts.fact term="Hands-on style"><@facts.style value=page.data.style/>. ${page.data.style_note}</@facts.fact>
    <@facts.fact term="Where they work">${page.list("settings")?join(", ")}</@facts.fact>
    <#if site.areaWords(page)?has_content><@facts.fact term="Main areas">${site.areaWords(page)?join(", ")?cap_first}</@facts.fact></#if>
    <@facts.fact term="What they can help with"><ul><#list page.list("treats") as item><li>${item}</li></#list></ul></@facts.fact>
  </@facts.box>
</#macro>
<#-- Block: after the text. -->
<#macro after_text page>
  <div class="choose">
    <section class="choose__yes" aria-labelledby="see-if">
      <h2 id="see-if">See a ${page.data.short_name?lower_case} if</h2>
      <ul><#list page.list("see_if") as item><li>${item}</li></#list></ul>
    </section>
    <section class="choose__no" aria-labelledby="see-else">
      <h2 id="see-else">See someone else if</h2>
      <ul><#list page.list("see_someone_else_if") as item><li>${item}</li></#list></ul>
    </section>
  </div>
  <#-- The registers' own searches (content/pages/find-a-therapist.md), from every kind of therapist. -->
  <#list site.lookup("page", ["find-a-therapist"]) as finder>
  <section class="related" aria-labelledby="find-registered">
    <h2 id="find-registered">Check a register before you book</h2>
    <p><a href="${url(finder.uri)}">${finder.title}</a>: ${finder.summary}</p>
  </section>
  </#list>
  <@cards.related title="Techniques they use" pages=site.refs(page, "techniques") id="techniques"/>
  <@cards.related title="Qualifications they hold" pages=site.refs(page, "qualifications") id="qualifications"/>
  <@cards.related title="Articles about ${page.title?lower_case}s" pages=site.articlesAbout(page) id="articles" limit=50/>
</#macro>
<#assign compare = site.single("compare")!>
<@layout.page section=compare?has_content?then(["Compare", compare.uri], [])/>
