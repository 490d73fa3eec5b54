<#ftl output_format="HTML" strip_whitespace=true>
<#-- "Who should I see?": each situation opens to show who to see and why. Works without JavaScript. -->
<#import "layout/content.ftl" as layout>
<#import "components/head.ftl" as head>
<#-- Block: the styles of the guide (and of diagrams, should the page have any). -->
<#macro styles><@head.inline_style name="guide-compare-diagrams.css"/></#macro>
<#-- Block: after the text. -->
<#macro after_text page>
<ul class="guide">
<#list page.data.situations as s>
  <#-- No "see": no single first pick, only the therapists who may help (docs/writing.md, "The guide"). -->
  <#local first = s.see???then(site.lookup("discipline", [s.see!]), [])>
  <li class="guide__item" id="${s.id}">
    <details>
      <summary>${s.label}</summary>
      <div class="guide__answer">
        <#list first as d><p class="guide__see">Start with a <a href="${url(d.uri)}">${d.title?lower_case}</a>.</p></#list>
        <p>${s.why}</p>
        <#local also = site.lookup("discipline", s.also![])>
        <#if also?has_content>
        <p>${first?has_content?then("You could also see", "Any of these may help")}: <#list also as d><a href="${url(d.uri)}">${d.title?lower_case}</a><#sep>, </#sep></#list>.</p>
        </#if>
      </div>
    </details>
  </li>
</#list>
</ul>
</#macro>
<@layout.page showToc=false/>
