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

class MetaTest {
    private static final Page REVIEWED_ARTICLE = Components.page("articles/knee.md", "title: Knee pain\ntype: article\n"
            + "status: published\ndate: 2026-03-04\nreviewed: 2026-05-06\nsummary: About knees.\n"
            + "sources: [hcpc-register]", "<p>Text.</p>");
    private static final Page PLAIN_PAGE = Components.page("pages/about.md", "title: About\ntype: page\n"
            + "status: published\ndate: 2026-03-04\nsummary: About us.", "<p>Text.</p>");

    @Test
    void anArticleShowsWhenItWasPublishedAndItsReadingTimeInOneLine() {
        Document html = Components.html("meta", "<@c.dates page=page/>", Map.of("page", REVIEWED_ARTICLE));
        Element dates = html.selectFirst("p.page-dates");
        assertEquals("Published 4 March 2026 · 1 min read", dates.text());
        assertEquals(List.of("2026-03-04"), dates.select("time").eachAttr("datetime"));
        assertEquals(1, html.select("p").size());
    }

    @Test
    void aHealthPageWithoutAReviewerEndsWithItsReviewDate() {
        Element reviewed = Components.html("meta", "<@c.reviewed page=page/>", Map.of("page", REVIEWED_ARTICLE))
                .selectFirst("p.page-reviewed");
        assertEquals("Page last reviewed 6 May 2026", reviewed.text());
        assertEquals("2026-05-06", reviewed.selectFirst("time").attr("datetime"));
    }

    @Test
    void aHealthPageWithAReviewerLeavesTheDateToItsByline() {
        Page withReviewer = Components.page("articles/knee.md", "title: Knee pain\ntype: article\n"
                + "status: published\ndate: 2026-03-04\nreviewed: 2026-05-06\nsummary: About knees.\n"
                + "reviewer: sam-example\nsources: [hcpc-register]", "<p>Text.</p>");
        assertEquals(0, Components.html("meta", "<@c.reviewed page=page/>", Map.of("page", withReviewer))
                .select("p").size(), "the byline says 'Reviewed by … on …'");
    }

    @Test
    void aPageThatIsNotAboutHealthShowsNoDates() {
        assertEquals(0, Components.html("meta", "<@c.dates page=page/><@c.reviewed page=page/>", Map.of("page", PLAIN_PAGE))
                .select("p").size(), "no empty paragraph either");
    }

    @Test
    void theDraftBannerAndTheHealthNote() {
        Element banner = Components.html("meta", "<@c.draft_banner/>").selectFirst("p.draft-banner[role=status]");
        assertTrue(banner.text().startsWith("Draft"), banner.text());
        Element note = Components.html("meta", "<@c.health_note/>").selectFirst("div.health-note[role=note]");
        assertTrue(note.text().contains("not medical advice"), note.text());
        assertFalse(note.text().contains("999"), "urgent advice is the one standard text (!!! urgent-care), not the note's");
    }
}
