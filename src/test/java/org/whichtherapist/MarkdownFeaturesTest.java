package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Markdown features the owner's guide promises, as they come out in a built page. */
class MarkdownFeaturesTest {
    private static Element body;
    private static Element page;

    @BeforeAll
    static void build() {
        page = TestSites.fixture().page("articles/markdown-features.html");
        body = page.selectFirst(".prose");
    }

    @Test
    void headingsGetIdsAndLinksToThemselves() {
        Element heading = body.selectFirst("h2#first-section");
        assertNotNull(heading);
        assertEquals("#first-section", heading.selectFirst("a.heading-link").attr("href"));
        assertEquals(1, page.select("[id=first-section]").size(), "ids must be unique");
    }

    @Test
    void theTemplatePlacesATableOfContentsFromTheHeadings() {
        List<String> entries = page.select("nav.toc a").eachAttr("href");
        assertEquals(List.of("#first-section", "#second-section", "#a-third-level-heading"), entries);
        assertNotNull(page.selectFirst("nav.toc .toc__item--h3"));
    }

    @Test
    void tablesFootnotesAndDefinitionListsRender() {
        assertEquals("Degree", body.selectFirst("table td:eq(1)").text());
        assertNotNull(body.selectFirst("sup a[href^=#fn]"), "footnote reference");
        assertTrue(body.selectFirst(".footnotes").text().contains("The footnote text."));
        assertEquals("Term", body.selectFirst("dl dt").text());
        assertEquals("Its definition.", body.selectFirst("dl dd").text());
    }

    @Test
    void attributesTypographyStrikethroughAndAutolinks() {
        assertNotNull(body.selectFirst("p.special"), "{.special} sets a class");
        String text = body.text();
        assertTrue(text.contains("“Straight quotes” become curly –"), text);
        assertEquals("this", body.selectFirst("del").text());
        assertEquals("https://www.example.com/", body.selectFirst("a[href=https://www.example.com/]").text());
    }

    @Test
    void calloutsAnnounceTheirKindToScreenReaders() {
        Element callout = body.selectFirst("div.callout.callout--urgent[role=note]");
        assertNotNull(callout);
        assertEquals("Urgent advice:", callout.selectFirst(".callout__title .visually-hidden").text());
        assertEquals("When to get urgent help", callout.selectFirst(".callout__title strong").text());
        assertEquals("Ask a pharmacist today.", callout.selectFirst(".callout__body").text());
    }

    @Test
    void linksToMarkdownFilesBecomeLinksToPages() {
        Element link = body.selectFirst("a:contains(alpha therapist)");
        assertEquals("../disciplines/alpha-therapist.html#what-they-do", link.attr("href"));
    }

    @Test
    void linksFromTheSiteRootBecomeRelativeSoTheyWorkUnderASubPath() {
        assertEquals("../", body.selectFirst("a:contains(home page)").attr("href"));
        assertEquals("../disciplines/alpha-therapist.html", body.selectFirst("a:contains(alpha discipline)").attr("href"));
        assertEquals("../articles.html", body.selectFirst("a:contains(list of articles)").attr("href"));
        assertEquals("../disciplines/alpha-therapist.html#what-they-do",
                body.selectFirst("a:contains(what alpha therapists do)").attr("href"));
    }
}
