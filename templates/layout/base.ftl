<#ftl output_format="HTML" strip_whitespace=true>
<#import "../components/head.ftl" as head>
<#import "../components/breadcrumbs.ftl" as crumbs>
<#--
  The page skeleton every HTML page uses: head, skip link, header with navigation and search,
  breadcrumbs, main, footer.
  root:        path from this page to the site root ("", "../", or the full site address on the 404 page)
  path:        this page's address below the site root, for the canonical link
  description: the meta description (the site's description when empty)
  ogType:      "website" or "article"
  trail:       breadcrumbs between Home and this page, as [[label, path], ...]; none on the home page
  schema:      extra JSON-LD for the head, captured from components/schema.ftl
-->
<#macro page title root path description="" ogType="website" trail=[] schema="" showCrumbs=true>
<#assign pageDescription = description?has_content?then(description, config.site_description)>
<!DOCTYPE html>
<html lang="${config.site_language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if title == config.site_title>${title}<#else>${title} | ${config.site_title}</#if></title>
<@head.theme_bootstrap/>
<style>${stylesheet?no_esc}</style>
<@head.seo title=title description=pageDescription path=path ogType=ogType/>
<#if showCrumbs><@head.breadcrumb_schema trail=trail title=title path=path/></#if>
${schema}
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${config.site_title}: articles" href="${root}${config.feed_file}">
<script src="${root}${assets.url("js/site.js")}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="wrap">
    <a class="site-name" href="${root}index.html">${config.site_title}</a>
    <button type="button" class="theme-toggle" aria-pressed="false" hidden>Dark theme</button>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <#list site.menu as item>
        <li><a href="${root}${item.uri}"<#if item.uri == path> aria-current="page"</#if>>${item.data.menu_title!item.title}</a></li>
        </#list>
        <li><a href="${root}${config.archive_file}"<#if config.archive_file == path> aria-current="page"</#if>>Articles</a></li>
      </ul>
    </nav>
    <form class="site-search" role="search" aria-label="Site" action="${root}search.html" method="get">
      <label for="site-search-q" class="visually-hidden">Search this site</label>
      <input id="site-search-q" name="q" type="search" placeholder="Search" autocomplete="off">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
<#if showCrumbs && path != "index.html"><@crumbs.breadcrumbs root=root title=title trail=trail/></#if>
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p class="medical-note">${config.site_medical_note}</p>
    <p>Contact: <a href="mailto:${config.site_contact_email}">${config.site_contact_email}</a> · ${config.site_contact_phone}</p>
    <p><a href="${root}${config.tag_path}/index.html">Topics</a> · <a href="${root}search.html">All pages</a> · <a href="${root}${config.feed_file}">Atom feed</a></p>
  </div>
</footer>
</body>
</html>
</#macro>
