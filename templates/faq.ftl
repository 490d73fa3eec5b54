<#ftl output_format="HTML" strip_whitespace=true>
<#-- The questions page: each "## Question?" in the body is one question. -->
<#import "layout/content.ftl" as layout>
<@layout.page/>
