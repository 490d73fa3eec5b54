package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.content.Page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "</script><script>alert(1)</script> \"quoted\" <!--";

    /** The one JSON-LD block the call writes, parsed; its text must never end the script early. */
    private static JsonNode jsonLd(String call, Map<String, Object> values) throws Exception {
        String raw = Components.render("schema", call, values);
        Document html = Components.html("schema", call, values);
        List<Element> scripts = html.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), raw);
        assertEquals(1, raw.split("</script>", -1).length - 1, "one script, ended once: " + raw);
        assertFalse(scripts.get(0).data().contains("<!--"), raw);
        return JSON.readTree(scripts.get(0).data());
    }

    @Test
    void theWebsiteWithItsSearch() throws Exception {
        JsonNode site = jsonLd("<@c.website/>", Map.of());
        assertEquals("WebSite", site.get("@type").asText());
        assertEquals(Components.SITE, site.get("url").asText());
        assertEquals(Components.SITE + "search.html?q={query}", site.at("/potentialAction/target").asText());
    }

    @Test
    void breadcrumbsCountFromHomeToThisPage() throws Exception {
        JsonNode list = jsonLd("<@c.breadcrumbs trail=[[\"Articles\", \"articles.html\"]] title=title path=\"articles/x.html\"/>",
                Map.of("title", HOSTILE));
        JsonNode items = list.get("itemListElement");
        assertEquals("BreadcrumbList", list.get("@type").asText());
        assertEquals(List.of(1, 2, 3), List.of(items.get(0).get("position").asInt(), items.get(1).get("position").asInt(),
                items.get(2).get("position").asInt()));
        assertTrue(items.get(0).get("position").isInt(), "positions are numbers");
        assertEquals(Components.SITE, items.get(0).get("item").asText());
        assertEquals(Components.SITE + "articles.html", items.get(1).get("item").asText());
        assertEquals(HOSTILE, items.get(2).get("name").asText());
        assertEquals("", Components.render("schema", "<@c.breadcrumbs trail=[] title=\"Home\" path=\"index.html\"/>", Map.of()).strip());
    }

    @Test
    void anArticleIsABlogPosting() throws Exception {
        Page article = Components.page("articles/x.md", "title: '" + HOSTILE.replace("'", "''") + "'\ntype: article\n"
                + "status: published\ndate: 2026-03-04\nreviewed: 2026-05-06\nsummary: About knees.", "<p>Text.</p>");
        JsonNode posting = jsonLd("<@c.page p=p/>", Map.of("p", article));
        assertEquals("BlogPosting", posting.get("@type").asText());
        assertEquals(HOSTILE, posting.get("headline").asText());
        assertEquals("2026-03-04", posting.get("datePublished").asText());
        assertEquals("2026-05-06", posting.get("dateModified").asText());
        assertEquals("MedicalWebPage", posting.at("/mainEntityOfPage/@type").asText());
        assertEquals(Components.SITE + "articles/x.html", posting.at("/mainEntityOfPage/@id").asText());
        assertEquals("2026-05-06", posting.at("/mainEntityOfPage/lastReviewed").asText());
        assertEquals("Organization", posting.at("/author/@type").asText(), "no writer named: the site's team");
        assertEquals("Which Therapist?", posting.at("/publisher/name").asText());
    }

    @Test
    void theQuestionsPageListsEachQuestionWithItsAnswer() throws Exception {
        Page faq = Components.page("pages/faq.md", "title: Questions\ntype: faq\nstatus: published\ndate: 2026-03-04\n"
                + "summary: Answers.", "<h2>Who?</h2><p>A physio.</p><p>Or a GP.</p><h2>Where?</h2><p>Near you.</p>");
        JsonNode page = jsonLd("<@c.page p=p/>", Map.of("p", faq));
        assertEquals("FAQPage", page.get("@type").asText());
        assertEquals("Who?", page.at("/mainEntity/0/name").asText());
        assertEquals("A physio. Or a GP.", page.at("/mainEntity/0/acceptedAnswer/text").asText());
        assertEquals("Near you.", page.at("/mainEntity/1/acceptedAnswer/text").asText());
    }

    @Test
    void aHealthPageNamesItsWriterAndItsReviewerWithTheirRegistration() throws Exception {
        Page article = Components.page("articles/x.md", "title: Knees\ntype: article\nstatus: published\n"
                + "date: 2026-03-04\nreviewed: 2026-05-06\nsummary: About knees.\nauthor: jo-example\nreviewer: sam-example",
                "<p>Text.</p>");
        JsonNode posting = jsonLd("<@c.page p=p/>", Map.of("p", article, "site", Components.site(article)));
        assertEquals("Person", posting.at("/author/@type").asText());
        assertEquals("Jo Example", posting.at("/author/name").asText());
        assertEquals(Components.SITE + "people/jo-example.html", posting.at("/author/url").asText());
        assertEquals("Sam Example", posting.at("/mainEntityOfPage/reviewedBy/0/name").asText());
        assertEquals("HCPC-registered physiotherapist", posting.at("/mainEntityOfPage/reviewedBy/0/jobTitle").asText());
        assertEquals("2026-05-06", posting.at("/mainEntityOfPage/lastReviewed").asText());

        Page technique = Components.page("techniques/t.md", "title: Stretching\ntype: technique\nstatus: published\n"
                + "date: 2026-03-04\nreviewed: 2026-05-06\nsummary: Stretches.\nauthor: jo-example\nreviewer: sam-example",
                "<p>Text.</p>");
        JsonNode page = jsonLd("<@c.page p=p/>", Map.of("p", technique, "site", Components.site(technique)));
        assertEquals("MedicalWebPage", page.get("@type").asText());
        assertEquals("Jo Example", page.at("/author/name").asText());
        assertEquals("Sam Example", page.at("/reviewedBy/0/name").asText());
        assertEquals("2026-05-06", page.get("lastReviewed").asText());
    }

    @Test
    void otherPagesAreWebPagesWithTheirReviewDateWhenTheyHaveOne() throws Exception {
        Page reviewed = Components.page("pages/glossary.md", "title: Glossary\ntype: page\n"
                + "status: published\ndate: 2026-03-04\nreviewed: 2026-05-06\nsummary: Words.", "<p>Text.</p>");
        Page plain = Components.page("pages/about.md", "title: About\ntype: page\nstatus: published\ndate: 2026-03-04\n"
                + "summary: Us.", "<p>Text.</p>");
        JsonNode page = jsonLd("<@c.page p=p/>", Map.of("p", reviewed));
        assertEquals("WebPage", page.get("@type").asText());
        assertEquals("2026-05-06", page.get("lastReviewed").asText());
        assertFalse(jsonLd("<@c.page p=p/>", Map.of("p", plain)).has("lastReviewed"));
    }
}
