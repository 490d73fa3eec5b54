<#ftl output_format="HTML" strip_whitespace=true>
<#-- The comparison table, built from the discipline pages' front matter: one column each. -->
<#import "layout/content.ftl" as layout>
<#import "components/head.ftl" as head>
<#import "components/facts.ftl" as facts>
<#-- Block: the styles of the comparison table (and of diagrams, should the page have any). -->
<#macro styles><@head.inline_style name="guide-compare-diagrams.css"/></#macro>
<#-- Block: after the text. -->
<#macro after_text page>
<#local disciplines = site.disciplines>
<div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
<table class="compare">
  <caption id="compare-caption">How the five disciplines compare</caption>
  <thead>
    <tr>
      <td></td>
      <#list disciplines as d><th scope="col"><a href="${url(d.uri)}">${d.title}</a></th></#list>
    </tr>
  </thead>
  <tbody>
    <tr><th scope="row">Training</th><#list disciplines as d><td>${d.data.training}</td></#list></tr>
    <tr><th scope="row">Entry level</th><#list disciplines as d><td>${d.data.entry_level}</td></#list></tr>
    <tr><th scope="row">Regulated by law?</th><#list disciplines as d><td><@facts.yes_no value=d.data.regulated/> ${d.data.regulation}</td></#list></tr>
    <tr><th scope="row">Hands-on style</th><#list disciplines as d><td><@facts.style value=d.data.style/></td></#list></tr>
    <tr><th scope="row">Typical techniques</th><#list disciplines as d><td><ul><#list site.refs(d, "techniques") as t><li><a href="${url(t.uri)}">${t.title}</a></li></#list></ul></td></#list></tr>
    <tr><th scope="row">Best for</th><#list disciplines as d><td>${d.data.best_for}</td></#list></tr>
    <tr><th scope="row">Where to find them</th><#list disciplines as d><td>${d.data.where_to_find}</td></#list></tr>
  </tbody>
</table>
</div>
</#macro>
<@layout.page showToc=false/>
