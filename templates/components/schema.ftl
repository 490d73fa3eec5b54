<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Structured data (JSON-LD) for search engines, one macro per kind of page. Each builds its data
  as a hash and writes it with toJson, which escapes every text the JSON way and never lets one
  end the script ("</script>" becomes "<\/script>"). Health pages add who wrote and reviewed them (review-schema.ftl).
-->
<#import "review-schema.ftl" as review>

<#macro json_ld data>
<script type="application/ld+json">${toJson(data)?no_esc}</script>
</#macro>

<#macro website>
<@json_ld {"@context": "https://schema.org", "@type": "WebSite", "name": config.site_title,
    "description": config.site_description, "url": config.site_host, "inLanguage": config.site_language,
    "potentialAction": {"@type": "SearchAction", "target": config.site_host + "search.html?q={query}",
        "query-input": "required name=query"}}/>
</#macro>

<#-- Home › trail… › this page, as a BreadcrumbList; none on the home page. trail: [[label, path], ...] -->
<#macro breadcrumbs trail title path>
<#if path != "index.html">
<#local steps = [["Home", ""]] + trail + [[title, path]]>
<#local items = []>
<#list steps as step>
<#local items += [{"@type": "ListItem", "position": step?counter, "name": step[0], "item": config.site_host + step[1]}]>
</#list>
<@json_ld {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}/>
</#if>
</#macro>

<#-- A Page record: articles are BlogPostings about a MedicalWebPage, the FAQ a FAQPage, other health pages
     MedicalWebPages (who reviewed them and when, who they are for, what they are about), the rest WebPages. -->
<#macro page p>
<#local url = config.site_host + p.uri>
<#if p.type == "article">
<@json_ld {"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title, "description": p.summary,
    "datePublished": p.isoDate, "dateModified": p.reviewed?has_content?then(p.reviewed, p.isoDate),
    "inLanguage": config.site_language, "mainEntityOfPage": {"@type": review.webPageType(p), "@id": url}
        + review.reviewed(p) + review.medical(p)}
    + review.author(p) + {"publisher": {"@type": "Organization", "name": config.site_title}}/>
<#elseif p.type == "faq">
<@json_ld {"@context": "https://schema.org", "@type": "FAQPage", "name": p.title, "url": url}
    + review.author(p) + review.reviewed(p) + review.medical(p) + {"mainEntity": p.text.faq?map(qa -> {"@type": "Question",
        "name": qa.question, "acceptedAnswer": {"@type": "Answer", "text": qa.answer}})}/>
<#else>
<@json_ld {"@context": "https://schema.org", "@type": review.webPageType(p), "name": p.title, "description": p.summary,
    "url": url, "inLanguage": config.site_language} + review.author(p)
    + p.health?then(review.reviewed(p) + review.medical(p), p.reviewed?has_content?then({"lastReviewed": p.reviewed}, {}))/>
</#if>
</#macro>
