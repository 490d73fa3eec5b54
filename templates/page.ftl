<#ftl output_format="HTML" strip_whitespace=true>
<#-- A plain page: about, glossary. -->
<#import "layout/content.ftl" as layout>
<@layout.page/>
