<#ftl output_format="HTML" strip_whitespace=true>
<#-- JSON-LD for health pages, as hashes for schema.ftl to join: who wrote a page, who reviewed it and when, who it
     is for and what it is about. -->

<#-- A person (a Page of type person) as schema.org describes one. -->
<#function person p>
<#local data = {"@type": "Person", "name": p.title, "url": config.site_host + p.uri}>
<#if p.data.registration?has_content><#local data += {"jobTitle": p.data.registration}></#if>
<#return data>
</#function>

<#-- {"author": ...}: the page's writer on a health page, the site's team otherwise. -->
<#function author p>
<#local writer = "">
<#if p.health><#local writer = site.person(p.data.author!"")!""></#if>
<#if writer?has_content><#return {"author": person(writer)}></#if>
<#return {"author": {"@type": "Organization", "name": config.site_author}}>
</#function>

<#-- {"reviewedBy": [every reviewer], "lastReviewed": ...} for a health page (members of a WebPage), {} otherwise. -->
<#function reviewed p>
<#if !p.health || !p.reviewed?has_content><#return {}></#if>
<#local checkers = site.refs(p, "reviewer")>
<#if checkers?has_content><#return {"reviewedBy": checkers?map(c -> person(c)), "lastReviewed": p.reviewed}></#if>
<#return {"lastReviewed": p.reviewed}>
</#function>

<#-- A health page is a MedicalWebPage (schema.org), other pages WebPages. -->
<#function webPageType p>
<#return p.health?then("MedicalWebPage", "WebPage")>
</#function>

<#-- {"audience": ..., "about": [...]} for a health page, {} otherwise: written for patients (the public), and
     about the disciplines (as occupations), techniques (therapies) and qualifications (credentials) it is on. -->
<#function medical p>
<#if !p.health><#return {}></#if>
<#local subjects = []>
<#switch p.type>
  <#case "discipline"><#local subjects = [p]><#break>
  <#case "technique"><#local subjects = [p]><#break>
  <#case "qualification"><#local subjects = [p]><#break>
  <#case "article"><#local subjects = site.refs(p, "disciplines") + site.refs(p, "techniques") + site.refs(p, "qualifications")><#break>
  <#default><#local subjects = site.disciplines>
</#switch>
<#local data = {"audience": {"@type": "MedicalAudience", "audienceType": "Patient"}}>
<#if subjects?has_content><#local data += {"about": subjects?map(s -> thing(s))}></#if>
<#return data>
</#function>

<#-- A discipline, technique or qualification page as the thing it is about. -->
<#function thing s>
<#local types = {"discipline": "Occupation", "technique": "MedicalTherapy", "qualification": "EducationalOccupationalCredential"}>
<#return {"@type": types[s.type]!"Thing", "name": s.title, "url": config.site_host + s.uri}>
</#function>
