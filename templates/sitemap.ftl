<#ftl output_format="XML" strip_whitespace=true>
<#-- Every published page, with the date it last changed: the home page and its older pages, the
     article list's pages, every content page, the search page, the topic index and every topic's pages. -->
<#assign perPage = (config.index_posts_per_page!"0")?number>
<#assign indexPages = (perPage gt 0)?then(((site.articles?size + perPage - 1) / perPage)?floor, 1)>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${config.site_host}</loc></url>
<#list 2..<(indexPages + 1) as n>
  <url><loc>${config.site_host}${n}/index.html</loc></url>
</#list>
<#list listPages(config.archive_file, site.articles?size) as u>
  <url><loc>${config.site_host}${u}</loc></url>
</#list>
<#list site.all?sort_by("uri") as p>
  <url><loc>${config.site_host}${p.uri}</loc><lastmod>${p.reviewed?has_content?then(p.reviewed, p.isoDate)}</lastmod></url>
</#list>
  <url><loc>${config.site_host}search.html</loc></url>
  <url><loc>${config.site_host}${config.tag_path}/index.html</loc></url>
<#list tags?sort_by("name") as t>
<#list listPages(t.uri, t.tagged_documents?size) as u>
  <url><loc>${config.site_host}${u}</loc></url>
</#list>
</#list>
</urlset>
