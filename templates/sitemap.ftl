<#ftl output_format="XML" strip_whitespace=true>
<#-- Every published page, with the date it last changed. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${config.site_host}</loc></url>
  <url><loc>${config.site_host}${config.archive_file}</loc></url>
<#list site.all?sort_by("uri") as p>
  <url><loc>${config.site_host}${p.uri}</loc><lastmod>${p.reviewed?has_content?then(p.reviewed, p.isoDate)}</lastmod></url>
</#list>
</urlset>
