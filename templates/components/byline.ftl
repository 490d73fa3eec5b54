<#ftl output_format="HTML" strip_whitespace=true>
<#-- Who wrote a health page and who reviewed it (every reviewer, with their registration), when, when it is
     next due, how to report a mistake and how to say whether the page helped. -->
<#macro byline page>
<#assign author = site.person(page.data.author)!>
<#assign reviewers = site.refs(page, "reviewer")>
<#assign next = site.nextReview(page)!>
<div class="review-info">
  <p class="byline">
    <#if author?has_content>Written by <a href="${url(author.uri)}">${author.title}</a></#if>
    <#if reviewers?has_content> · Reviewed by <#list reviewers as reviewer><a href="${url(reviewer.uri)}">${reviewer.title}</a><#if reviewer.data.registration?has_content> (${reviewer.data.registration})</#if><#sep><#if reviewer?counter == reviewers?size - 1> and <#else>, </#if></#sep></#list> on <time datetime="${page.reviewed}">${page.displayReviewed}</time></#if>
    <#if next?has_content> · Next review due <time datetime="${next.iso}">${next.display}</time></#if>
  </p>
  <@feedback page=page/>
</div>
</#macro>

<#-- Two mailto links to the site's contact address, the page's address in the subject: a mistake, and whether the
     page helped (no analytics: these emails are how the owner learns it). -->
<#macro feedback page>
<#assign subject = "Mistake on " + config.site_host + page.uri>
<p class="feedback"><a href="mailto:${config.site_contact_email}?subject=${subject?url('UTF-8')}">Report a mistake on this page</a></p>
<#assign helpful = "Was this page helpful? " + config.site_host + page.uri>
<p class="feedback feedback--helpful">Was this page helpful? <a href="mailto:${config.site_contact_email}?subject=${helpful?url('UTF-8')}">Tell us in an email</a></p>
</#macro>
