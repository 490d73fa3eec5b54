<#ftl output_format="HTML" strip_whitespace=true>
<#import "../components/head.ftl" as head>
<#import "../components/schema.ftl" as schema>
<#import "../components/breadcrumbs.ftl" as crumbs>
<#--
  The page skeleton every HTML page uses: head, skip link, header with navigation and search,
  breadcrumbs, main, footer. Below 68rem, where the whole header no longer fits one row, the header is
  one row of site name, Menu and Search: each button is a <details> whose open state shows the menu
  (with the theme toggle) or the search form below it (site.css), so they work without JavaScript; from
  68rem (the same width in site.css and in data-open-wide, for site.js) the buttons are hidden and the
  menu and search sit in the same row. A page template fills it by defining macros (blocks) of these names,
  then calling <@base.page .../>; the layout calls those that exist:
    main        what goes in <main> after the breadcrumbs (every page has one)
    styles      styles this kind of page needs besides site.css (<@head.inline_style name="..."/>)
    head_extra  more for <head>, such as structured data
  defaults: a layout's own blocks (content.ftl's), used where the page template has none
  path:        this page's address below the site root, for the canonical link and its security policy
  description: the meta description (the site's description when empty)
  ogType:      "website" or "article"
  trail:       breadcrumbs between Home and this page, as [[label, path], ...]; none on the home page
-->
<#macro page title path description="" ogType="website" trail=[] showCrumbs=true defaults={}>
<#assign pageDescription = description?has_content?then(description, config.site_description)>
<!DOCTYPE html>
<html lang="${config.site_language}">
<head>
<meta charset="utf-8">
<@head.security_policy path=path/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if title == config.site_title>${title}<#else>${title} | ${config.site_title}</#if></title>
<@head.head_script/>
<style>${stylesheet?no_esc}</style>
<@block "styles" defaults/>
<@head.seo title=title description=pageDescription path=path ogType=ogType/>
<#if showCrumbs><@schema.breadcrumbs trail=trail title=title path=path/></#if>
<@block "head_extra" defaults/>
<link rel="icon" href="${url("favicon.svg")}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${config.site_title}: articles" href="${url(config.feed_file)}">
<script src="${url(assets.url("js/site.js"))}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="wrap site-header__bar">
    <a class="site-name" href="${url("index.html")}">${config.site_title}</a>
    <details class="site-header__toggle site-header__toggle--menu" data-open-wide="(min-width: 68rem)"><summary>Menu</summary></details>
    <details class="site-header__toggle site-header__toggle--search" data-open-wide="(min-width: 68rem)"><summary>Search</summary></details>
    <div class="site-menu">
      <nav class="site-nav" aria-label="Main">
        <ul>
          <#list site.menu as item>
          <li><a href="${url(item.uri)}"<#if item.uri == path> aria-current="page"</#if>>${item.data.menu_title!item.title}</a></li>
          </#list>
          <li><a href="${url(config.archive_file)}"<#if config.archive_file == path> aria-current="page"</#if>>Articles</a></li>
        </ul>
      </nav>
      <button type="button" class="theme-toggle" aria-pressed="false" hidden>Dark theme</button>
    </div>
    <form class="site-search" role="search" aria-label="Site" action="${url("search.html")}" method="get">
      <label for="site-search-q" class="visually-hidden">Search this site</label>
      <input id="site-search-q" name="q" type="search" placeholder="Search" autocomplete="off">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
<#if showCrumbs && path != "index.html"><@crumbs.breadcrumbs title=title trail=trail/></#if>
<@block "main" defaults/>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p class="medical-note">${config.site_medical_note}</p>
    <p>Contact: <a href="mailto:${config.site_contact_email}">${config.site_contact_email}</a><#if (config.site_contact_phone!"")?has_content> · ${config.site_contact_phone}</#if></p>
    <p><a href="${url(config.tag_path + "/index.html")}">Topics</a> · <a href="${url("search.html")}">All pages</a> · <a href="${url(config.feed_file)}">Atom feed</a></p>
    <#if site.disclosures?has_content><p><#list site.disclosures as d><a href="${url(d.uri)}">${d.title}</a><#sep> · </#sep></#list></p></#if>
  </div>
</footer>
</body>
</html>
</#macro>

<#--
  Calls the block (macro) `name` of the page template being rendered if it has one, else the one
  in `defaults` (a layout's), else nothing; `args` are the block's parameters, e.g. {"page": current}.
-->
<#macro block name defaults={} args={}>
<#list [.main, defaults] as blocks>
<#if blocks[name]??><#local fill = blocks[name]><@fill?with_args(args)/><#return></#if>
</#list>
</#macro>
