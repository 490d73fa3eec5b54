<#ftl output_format="HTML" strip_whitespace=true>
<#-- Small pieces of page information: draft banner, dates, review date, the health note. -->

<#macro draft_banner>
<p class="draft-banner" role="status"><strong>Draft</strong> — only you can see this page in the preview. It will not be published until its status is "published".</p>
</#macro>

<#-- Under an article's summary, on one line: when it was published and how long it takes to read. -->
<#macro dates page>
<#if page.type == "article">
<p class="page-dates">Published <time datetime="${page.isoDate}">${page.displayDate}</time> · ${page.readingMinutes} min read</p>
</#if>
</#macro>

<#-- At the end of a health page, as on NHS pages: when it was last reviewed. A page with a reviewer
     shows the date once, in its byline ("Reviewed by … on …"), not twice. -->
<#macro reviewed page>
<#if page.health && page.reviewed?has_content && !(page.data.reviewer?has_content)>
<p class="page-reviewed">Page last reviewed <time datetime="${page.reviewed}">${page.displayReviewed}</time></p>
</#if>
</#macro>

<#-- Shown on every health page. -->
<#macro health_note>
<div class="health-note" role="note">
  <p><strong>This is not medical advice.</strong> It explains how different therapists work so you can choose. For a diagnosis or treatment, speak to a doctor, nurse or other healthcare professional.</p>
</div>
</#macro>
