<#ftl output_format="HTML" strip_whitespace=true>
<#-- An "At a glance" box of facts taken from front matter. -->
<#macro box title>
<section class="facts" aria-labelledby="facts-title">
  <h2 id="facts-title" class="facts__title">${title}</h2>
  <dl><#nested></dl>
</section>
</#macro>

<#macro fact term>
<div class="facts__row"><dt>${term}</dt><dd><#nested></dd></div>
</#macro>

<#-- Regulated yes/no in words, never by colour alone. -->
<#macro yes_no value><strong>${value?then("Yes.", "No.")}</strong></#macro>

<#macro style value>${{"hands-on": "Mostly hands-on", "hands-off": "Mostly hands-off", "mixed": "A mix of hands-on and hands-off"}[value]!value}</#macro>
