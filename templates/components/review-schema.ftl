<#ftl output_format="HTML" strip_whitespace=true>
<#-- JSON-LD for health pages: who wrote a page, who reviewed it and when. -->

<#macro person p>{"@type":"Person","name":"${p.title?json_string?no_esc}","url":"${(config.site_host + p.uri)?json_string?no_esc}"<#if p.data.registration?has_content>,"jobTitle":"${p.data.registration?json_string?no_esc}"</#if>}</#macro>

<#-- "author": the page's writer on a health page, the site's team otherwise. -->
<#macro author p><#assign writer = p.health?then(site.person(p.data.author!"")!"", "")>"author":<#if writer?has_content><@person p=writer/><#else>{"@type":"Organization","name":"${config.site_author?json_string?no_esc}"}</#if></#macro>

<#-- ,"reviewedBy":...,"lastReviewed":"..." for a health page (members of a WebPage), nothing otherwise. -->
<#macro reviewed p><#if p.health && p.reviewed?has_content><#assign checker = site.person(p.data.reviewer!"")!""><#if checker?has_content>,"reviewedBy":<@person p=checker/></#if>,"lastReviewed":"${p.reviewed}"</#if></#macro>
