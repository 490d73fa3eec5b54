<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The wording of the pages that say who runs the site and how (who runs it, editorial policy, accessibility
  statement, privacy). The facts come from the owner's content/_data/site-owner.yml (site.owner), the
  site's settings (config) and the people who review pages (site.reviewers); the wording is the site's policy.
-->

<#-- The page of this kind: owner, editorial, accessibility or privacy. -->
<#macro page kind>
<#switch kind>
  <#case "owner"><@owner/><#break>
  <#case "editorial"><@editorial/><#break>
  <#case "accessibility"><@accessibility/><#break>
  <#case "privacy"><@privacy/><#break>
  <#case "care"><@care/><#break>
</#switch>
</#macro>

<#-- Plain text from the owner's file, a blank line between paragraphs. -->
<#macro paragraphs text>
<#list text?split("\n\n") as paragraph><#if paragraph?trim?has_content><p>${paragraph?trim}</p></#if></#list>
</#macro>

<#macro contact><a href="mailto:${config.site_contact_email}">${config.site_contact_email}</a></#macro>

<#function days n><#return n + " working day" + (n == 1)?then("", "s")></#function>


<#macro owner>
<#local o = site.owner.values>
<h2 id="who-we-are">Who we are</h2>
<p>${config.site_title} is run by ${o.name}.</p>
<@paragraphs o.about/>
<p>You can write to us at <@contact/>.</p>
<h2 id="funding">How the site is paid for</h2>
<@paragraphs o.funding/>
<h2 id="conflicts">Conflicts of interest</h2>
<@paragraphs o.conflicts/>
<h2 id="how-we-check">How we check what we say</h2>
<p>Every health page is checked before it goes live by a reviewer who is on a register for their field (or the nearest field that has one), or is a member of its professional body. Each page says who checked it, and how they are registered. Our <a href="${url("editorial-policy.html")}">editorial policy</a> says how we write, check and correct pages, and how readers help.</p>
</#macro>

<#macro editorial>
<#local o = site.owner.values>
<h2 id="sources">Where our facts come from</h2>
<p>Every fact on a health page comes from a public source you can open yourself: the NHS website, NICE, GOV.UK and Ofqual, or the bodies that register or represent therapists, such as the HCPC, the CNHC and the Professional Standards Authority. We never use adverts, clinics' websites or therapists' blogs as sources.</p>
<p>Each page lists its sources at the end, with the day we read them. A small number after a sentence leads to the source behind it. Every week, a check follows every source's link and tells us if a page has moved or gone.</p>
<h2 id="writing-and-checking">Who writes and who checks each page</h2>
<p>A writer drafts each page in plain English from those sources. Then a reviewer from the field the page is about checks it for facts and balance. Each reviewer is on a register for their field, or for the nearest field that has one, or is a member of its professional body. Soft tissue therapy has no register of its own, so its reviewer is on the CNHC register as a massage therapist. Each reviewer's page lists their conflicts of interest, such as their own practice, courses they teach and professional bodies they belong to. Pages about moving or manipulating the joints of the neck or spine are also checked by a physiotherapist on the HCPC register. Each page names its writer and its reviewers, with their registration or membership.</p>
<#if site.reviewers?has_content>
<p>Our reviewers:</p>
<ul>
<#list site.reviewers as reviewer><li><a href="${url(reviewer.uri)}">${reviewer.title}</a>, ${reviewer.data.registration}</li></#list>
</ul>
</#if>
<h2 id="readers">How readers help</h2>
<#if o.reader_testing?has_content><@paragraphs o.reader_testing/></#if>
<p>Every health page ends with two links: "Was this page helpful?" and "Report a mistake on this page". Each opens your own email app with a message to <@contact/>. Nothing is sent until you send it. We read every message, and we use them to choose which pages to make clearer first.</p>
<p>The site has no analytics and no tracking, so these messages are how we learn whether a page helped. We do not count visits or follow what you read.</p>
<h2 id="reviews">How often pages are reviewed</h2>
<p>Each health page shows when it was last reviewed and when its next review is due. We review every page at least every ${site.reviewMonths} months, and sooner when a source it relies on changes.</p>
<h2 id="urgent-advice">Urgent advice</h2>
<p>Advice on when to get urgent or emergency help follows the NHS and other UK public bodies. We write it once, from the pages we cite, and every health page shows it in the same words.</p>
<h2 id="corrections">How to tell us about a mistake, and how fast we correct it</h2>
<p>Every health page has a "Report a mistake on this page" link. It opens an email to <@contact/>. We reply, and if the page is wrong we correct it within ${days(o.corrections_days)}. The corrected page shows the new date it was reviewed.</p>
<h2 id="not-advice">Not medical advice</h2>
<p>This site helps you choose who to see. It does not diagnose or treat anything. For a diagnosis or treatment, speak to a doctor, nurse or other healthcare professional.</p>
</#macro>

<#macro accessibility>
<#local o = site.owner.values>
<#local issues = site.owner.issues>
<p>This accessibility statement applies to ${config.site_host}. This website is run by ${o.name}. We want as many people as possible to be able to use it. For example, you should be able to:</p>
<ul>
  <li>read it in light or dark colours</li>
  <li>zoom in until the text fills a narrow phone screen, without the text spilling off the screen</li>
  <li>get around it using just a keyboard</li>
  <li>listen to it using a screen reader</li>
</ul>
<p>We have also made the text as simple as we can to understand.</p>
<h2 id="how-accessible">How accessible this website is</h2>
<#if issues?has_content>
<p>We know some parts of this website are not fully accessible:</p>
<ul><#list issues as issue><li>${issue}</li></#list></ul>
<#else>
<p>We know of no part of this website that is not accessible.</p>
</#if>
<h2 id="feedback">Feedback and contact information</h2>
<p>If you need anything on this website in a different format, or find a problem with it, email <@contact/>. We will reply within ${days(o.corrections_days)}.</p>
<h2 id="reporting">Reporting accessibility problems with this website</h2>
<p>We are always looking to improve the accessibility of this website. If you find a problem not listed on this page, or think we are not meeting accessibility requirements, email <@contact/>.</p>
<h2 id="enforcement">Enforcement procedure</h2>
<p>The Equality and Human Rights Commission (EHRC) enforces the accessibility regulations for public sector websites. This website is not run by a public sector body. If you are not happy with how we respond to your complaint, you can contact the <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.</p>
<h2 id="technical">Technical information about this website's accessibility</h2>
<p>${o.name} is committed to making this website accessible. We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2, level AA.</p>
<h3 id="compliance">Compliance status</h3>
<#switch o.wcag_status>
  <#case "fully"><p>This website is fully compliant with the WCAG version 2.2 AA standard.</p><#break>
  <#case "partially"><p>This website is partially compliant with the WCAG version 2.2 AA standard, because of the problems listed under "How accessible this website is".</p><#break>
  <#default><p>This website is not compliant with the WCAG version 2.2 AA standard. The problems are listed under "How accessible this website is".</p>
</#switch>
<h2 id="improving">What we are doing to improve accessibility</h2>
<p>Every change to the site is checked before it is published: an automatic accessibility check of every page in light and dark colours and at phone width, a check of its colour contrast, an HTML check, and a check that the pages about therapists, training and techniques can be read on a 320-pixel-wide screen.</p>
<h2 id="preparation">Preparation of this accessibility statement</h2>
<p>This statement was prepared on <@date o.accessibility_tested/>. It was last reviewed on <@date o.updated/>. This website was last tested on <@date o.accessibility_tested/>, by ${o.name}, with the checks above.</p>
</#macro>

<#macro privacy>
<#local o = site.owner.values>
<h2 id="what-we-collect">What this site collects</h2>
<p>Nothing about you. This site sets no cookies. It has no analytics, no tracking and no adverts, and nothing you type into it is sent to us. Its fonts, styles and scripts come from this site, not from other companies.</p>
<h2 id="your-browser">What your browser keeps</h2>
<p>If you choose the light or dark theme, your browser remembers your choice on your own device. It is never sent to us. The search box looks up your words in your browser, using files from this site.</p>
<h2 id="hosting">The company that hosts the site</h2>
<p>Like any website, the company that hosts this one may keep a short record of the requests it answers, such as your device's internet address, to keep the site running and safe. That is covered by its own privacy policy. We do not use it to find out who you are.</p>
<h2 id="reporting-a-mistake">When you report a mistake or tell us if a page helped</h2>
<p>The "Report a mistake on this page" and "Was this page helpful?" links open your own email app with a message to <@contact/>, with the page's address in the subject. Nothing is sent until you send it.</p>
<p>If you send it, we receive your email address, any name your email app adds, and what you write. We use it only to check and improve the page and to reply to you. We do not share it with anyone, and we delete it once we have dealt with it.</p>
<h2 id="your-rights">Your rights</h2>
<p>You can ask us what we hold about you, or ask us to delete it, by emailing <@contact/>. If you are unhappy with how we handle your information, you can complain to the <a href="https://ico.org.uk/">Information Commissioner's Office (ICO)</a>.</p>
</#macro>

<#-- A date from the owner's file (YYYY-MM-DD) as readers see it. -->
<#-- Where the care boxes' advice comes from: made from content/_snippets/care-*.md (health.DisclosurePages). -->
<#macro care>
<p>Every health page on this site ends with care boxes: the signs that mean you should call 999, go to A&amp;E, get help from NHS 111 today, or look after yourself. We do not write that advice ourselves. It follows the pages of the NHS and other UK public bodies listed below, in plain words, and each sign is enough on its own.</p>
<p>${content.data.checked}</p>
<p>When one of these pages changes, we check the boxes again. If you think a box is wrong, please tell us at <@contact/>.</p>
</#macro>

<#macro date iso><time datetime="${iso}">${iso?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></#macro>
