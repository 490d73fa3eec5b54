<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The page skeleton every HTML page uses: head, skip link, header with navigation, main, footer.
  root: path from this page to the site root ("", "../", or the full site address on the 404 page)
  path: this page's address below the site root, for the canonical link
-->
<#macro page title root path description="" bodyClass="">
<!DOCTYPE html>
<html lang="${config.site_language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if title == config.site_title>${title}<#else>${title} | ${config.site_title}</#if></title>
<meta name="description" content="${(description?has_content)?then(description, config.site_description)}">
<link rel="canonical" href="${config.site_host}${path}">
<link rel="stylesheet" href="${root}css/site.css">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${config.site_title}: articles" href="${root}${config.feed_file}">
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="wrap">
    <a class="site-name" href="${root}index.html">${config.site_title}</a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <#list site.menu as item>
        <li><a href="${root}${item.uri}"<#if item.uri == path> aria-current="page"</#if>>${item.data.menu_title!item.title}</a></li>
        </#list>
        <li><a href="${root}${config.archive_file}"<#if config.archive_file == path> aria-current="page"</#if>>Articles</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p class="medical-note">${config.site_medical_note}</p>
    <p>Contact: <a href="mailto:${config.site_contact_email}">${config.site_contact_email}</a> · ${config.site_contact_phone}</p>
    <p><a href="${root}${config.tag_path}/index.html">Topics</a> · <a href="${root}${config.feed_file}">Atom feed</a></p>
  </div>
</footer>
</body>
</html>
</#macro>
