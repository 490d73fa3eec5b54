<#ftl output_format="HTML" strip_whitespace=true>
<#--
  An "At a glance" box of facts taken from front matter. On small screens the facts are closed until
  the title, a <details>, is opened, so the page's text starts on the first screen; on wide screens
  they are always shown (site.css).
-->
<#macro box title>
<section class="facts" aria-labelledby="facts-title">
  <details class="facts__toggle" data-open-wide="(min-width: 60rem)"><summary><h2 id="facts-title" class="facts__title">${title}</h2></summary></details>
  <dl class="facts__list"><#nested></dl>
</section>
</#macro>

<#macro fact term>
<div class="facts__row"><dt>${term}</dt><dd><#nested></dd></div>
</#macro>

<#-- Regulated yes/no in words, never by colour alone. -->
<#macro yes_no value><strong>${value?then("Yes.", "No.")}</strong></#macro>

<#macro style value>${{"hands-on": "Mostly hands-on", "hands-off": "Mostly hands-off", "mixed": "A mix of hands-on and hands-off"}[value]!value}</#macro>
