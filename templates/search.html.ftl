<#ftl output_format="HTML" strip_whitespace=true>
<#-- The search page. Without JavaScript it lists every page by kind (the articles through the article
     list, page by page); with it (assets/js/search.js), it searches as you type, suggests a close spelling
     for a word on no page, and shows a signpost (content/_data/search.yml) when the query names its words. -->
<#import "layout/base.ftl" as base>
<#import "components/head.ftl" as head>
<#-- A heading and the links to a kind of page. -->
<#macro group title pages>
<#if pages?has_content>
<h3>${title}</h3>
<ul><#list pages as p><li><a href="${url(p.uri)}">${p.title}</a></li></#list></ul>
</#if>
</#macro>
<#-- Block: the search's own styles (assets/inline/search.css), for this page only. -->
<#macro styles><@head.inline_style name="search.css"/></#macro>
<#-- Block: the search's script, for this page only. -->
<#macro head_extra>
<script src="${url(assets.url("js/search.js"))}" defer></script>
</#macro>
<#-- Block: the page's main content. -->
<#macro main>
<h1>Search</h1>
<form class="search-form" role="search" aria-label="Pages" action="${url("search.html")}" method="get">
  <label for="search-q">Search for a word, such as “knee” or “massage”</label>
  <div class="search-form__row">
    <input id="search-q" name="q" type="search" autocomplete="off" data-index="${url("search/index.json")}" aria-describedby="search-status">
    <button type="submit">Search</button>
  </div>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<#list site.signposts() as signpost>
<p class="search-signpost" data-when="${signpost.when}" hidden><a href="${url(signpost.page.uri)}">${signpost.page.title}</a>: ${signpost.page.summary}</p>
</#list>
<ol id="search-results" class="search-results" aria-label="Search results"></ol>
<p><button type="button" id="search-more" class="search-more" hidden>More results</button></p>
<section id="all-pages" aria-labelledby="all-pages-title">
  <h2 id="all-pages-title">All pages</h2>
  <@group title="Therapists" pages=site.disciplines/>
  <@group title="Qualifications" pages=site.qualifications/>
  <@group title="Techniques" pages=site.techniques/>
  <#if site.articles?has_content>
  <h3>Articles</h3>
  <p><a href="${url(config.archive_file)}">All ${site.articles?size} article<#if site.articles?size != 1>s</#if>, newest first</a></p>
  </#if>
  <@group title="Other pages" pages=site.others/>
</section>
</#macro>
<@base.page title="Search" path="search.html" description="Search every page of ${config.site_title}, or browse the full list of pages."/>
