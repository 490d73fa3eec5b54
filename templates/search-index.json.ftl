<#ftl output_format="plainText" strip_whitespace=true>
<#-- What the search page searches: one entry per published page, written by toJson. -->
${toJson(site.all?sort_by("uri")?map(p -> {"title": p.title, "url": p.uri, "type": p.type, "summary": p.summary,
    "tags": p.list("tags"), "headings": p.text.headings, "text": p.text}))}
