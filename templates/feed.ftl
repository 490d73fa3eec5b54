<#ftl output_format="XML" strip_whitespace=true>
<#-- Atom feed of the articles. Dates come from the content, so two builds give the same file. -->
<#assign articles = site.articles>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${config.site_language}">
  <title>${config.site_title}</title>
  <subtitle>${config.site_description}</subtitle>
  <id>${config.site_host}</id>
  <link rel="self" href="${config.site_host}${config.feed_file}"/>
  <link rel="alternate" type="text/html" href="${config.site_host}"/>
  <updated><#if articles?has_content>${articles[0].isoDate}<#else>2026-01-01</#if>T00:00:00Z</updated>
  <author><name>${config.site_author}</name></author>
<#list articles as a>
  <entry>
    <title>${a.title}</title>
    <id>${config.site_host}${a.uri}</id>
    <link rel="alternate" type="text/html" href="${config.site_host}${a.uri}"/>
    <published>${a.isoDate}T00:00:00Z</published>
    <updated>${a.reviewed?has_content?then(a.reviewed, a.isoDate)}T00:00:00Z</updated>
    <summary>${a.summary}</summary>
<#list a.list("tags") as tag>
    <category term="${tag}"/>
</#list>
  </entry>
</#list>
</feed>
