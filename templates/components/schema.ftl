<#ftl output_format="HTML" strip_whitespace=true>
<#-- Structured data (JSON-LD) for search engines, one macro per kind of page. -->
<#import "review-schema.ftl" as review>

<#macro website>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"${config.site_title?json_string?no_esc}","description":"${config.site_description?json_string?no_esc}","url":"${config.site_host?json_string?no_esc}","inLanguage":"${config.site_language?json_string?no_esc}","potentialAction":{"@type":"SearchAction","target":"${(config.site_host + "search.html?q={query}")?json_string?no_esc}","query-input":"required name=query"}}</script>
</#macro>

<#macro publisher p><@review.author p=p/>,"publisher":{"@type":"Organization","name":"${config.site_title?json_string?no_esc}"}</#macro>

<#-- A Page record: articles are BlogPostings, other pages WebPages with their review date. -->
<#macro page p>
<#assign url = config.site_host + p.uri>
<#if p.type == "article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${p.title?json_string?no_esc}","description":"${p.summary?json_string?no_esc}","datePublished":"${p.isoDate}","dateModified":"${p.reviewed?has_content?then(p.reviewed, p.isoDate)}","inLanguage":"${config.site_language?json_string?no_esc}","mainEntityOfPage":{"@type":"WebPage","@id":"${url?json_string?no_esc}"<@review.reviewed p=p/>},<@publisher p=p/>}</script>
<#elseif p.type == "faq">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"${p.title?json_string?no_esc}","url":"${url?json_string?no_esc}",<@review.author p=p/><@review.reviewed p=p/>,"mainEntity":[<#list p.text.faq as qa>{"@type":"Question","name":"${qa.question?json_string?no_esc}","acceptedAnswer":{"@type":"Answer","text":"${qa.answer?json_string?no_esc}"}}<#sep>,</#sep></#list>]}</script>
<#else>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${p.title?json_string?no_esc}","description":"${p.summary?json_string?no_esc}","url":"${url?json_string?no_esc}","inLanguage":"${config.site_language?json_string?no_esc}",<@review.author p=p/><#if p.health><@review.reviewed p=p/><#elseif p.reviewed?has_content>,"lastReviewed":"${p.reviewed}"</#if>}</script>
</#if>
</#macro>
