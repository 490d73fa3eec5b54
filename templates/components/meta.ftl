<#ftl output_format="HTML" strip_whitespace=true>
<#-- Small pieces of page information: draft banner, dates, the health note. -->

<#macro draft_banner>
<p class="draft-banner" role="status"><strong>Draft</strong> — only you can see this page in the preview. It will not be published until its status is "published".</p>
</#macro>

<#-- Published and reviewed dates of a Page. -->
<#macro dates page>
<p class="page-dates">
  <#if page.type == "article">Published <time datetime="${page.isoDate}">${page.displayDate}</time> · ${page.readingMinutes} min read</#if>
  <#if page.health && page.reviewed?has_content>
    <#if page.type == "article"> · </#if>Page last reviewed <time datetime="${page.reviewed}">${page.displayReviewed}</time>
  </#if>
</p>
</#macro>

<#-- Shown on every health page. -->
<#macro health_note>
<div class="health-note" role="note">
  <p><strong>This is not medical advice.</strong> It explains how different therapists work so you can choose. For a diagnosis or treatment, speak to a doctor, nurse or other healthcare professional.</p>
</div>
</#macro>
