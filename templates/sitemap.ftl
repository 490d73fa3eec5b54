<#ftl output_format="XML" strip_whitespace=true>
<#-- Every published page: the pages of every list (lists.uris: the home page's, the article list's, the
     topic index, each topic's), every content page with the date it last changed, the search page. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list lists.uris as u>
  <url><loc>${config.site_host}${(u == config.index_file)?then("", u)}</loc></url>
</#list>
<#list site.all?sort_by("uri") as p>
  <url><loc>${config.site_host}${p.uri}</loc><lastmod>${p.reviewed?has_content?then(p.reviewed, p.isoDate)}</lastmod></url>
</#list>
  <url><loc>${config.site_host}search.html</loc></url>
</urlset>
