<#ftl output_format="HTML" strip_whitespace=true>
<#-- What goes in <head> besides the title and the structured data (schema.ftl): security policy, theme, search-engine and sharing tags. -->

<#-- The Content Security Policy for this output (render/ContentSecurityPolicy), as the first element after
     <meta charset>: it governs only what comes after it. `path`: this output's address. -->
<#macro security_policy path>
<meta http-equiv="Content-Security-Policy" content="${securityPolicy.forPage(path)}">
</#macro>

<#-- The head script (assets/inline/head.js: applies a remembered light/dark choice before the page is
     drawn, so it never flashes), inlined; the security policy allows it by its hash. -->
<#macro head_script>
<script>${assets.inline("head.js")?no_esc}</script>
</#macro>

<#-- Styles one kind of page needs besides site.css (a file of assets/inline/), inlined by its "styles" block. -->
<#macro inline_style name>
<style>${assets.inline(name)?no_esc}</style>
</#macro>

<#macro seo title description path ogType>
<#assign url = config.site_host + path>
<meta name="description" content="${description}">
<link rel="canonical" href="${url}">
<link rel="alternate" hreflang="${config.site_language}" href="${url}">
<link rel="alternate" hreflang="x-default" href="${url}">
<meta property="og:type" content="${ogType}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${config.site_title}">
<meta property="og:locale" content="${config.site_language?replace("-", "_")}">
<#-- The page's share card (or its own picture), drawn or resized by the build: render/pictures/ShareCards. -->
<#assign card = pictures.card(path, title, description)>
<meta property="og:image" content="${card.url}">
<meta property="og:image:type" content="${card.type}">
<meta property="og:image:width" content="${card.width?c}">
<meta property="og:image:height" content="${card.height?c}">
<meta property="og:image:alt" content="${card.alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<meta name="twitter:image" content="${card.url}">
<meta name="twitter:image:alt" content="${card.alt}">
</#macro>
