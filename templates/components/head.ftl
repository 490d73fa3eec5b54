<#ftl output_format="HTML" strip_whitespace=true>
<#-- What goes in <head> besides the title and the structured data (schema.ftl): theme, search-engine and sharing tags. -->

<#-- Applies a remembered light/dark choice before the page is drawn, so it never flashes. -->
<#macro theme_bootstrap>
<script>try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark"){document.documentElement.setAttribute("data-theme",t);}}catch(e){}</script>
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
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
</#macro>
