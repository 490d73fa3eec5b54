package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.content.Page;

class BylineTest {
    private static final Page ARTICLE = Components.page("articles/knee.md", "title: Knee pain\ntype: article\n"
            + "status: published\ndate: 2026-03-04\nreviewed: 2026-05-06\nsummary: About knees.\nsources: [csp]\n"
            + "author: jo-example\nreviewer: sam-example", "<p>Text.</p>");

    @Test
    void writerAndReviewerLinkToTheirPagesWithTheReviewDates() {
        Element byline = Components.html("byline", "<@c.byline page=page/>", Map.of("page", ARTICLE, "site",
                Components.site(ARTICLE))).selectFirst(".review-info .byline");
        assertEquals("Written by Jo Example · Reviewed by Sam Example (HCPC-registered physiotherapist) on 6 May 2026"
                + " · Next review due 6 May 2027", byline.text(), "next review: reviewed plus site.review.months (12)");
        assertEquals(List.of("../people/jo-example.html", "../people/sam-example.html"), byline.select("a").eachAttr("href"));
        assertEquals(List.of("2026-05-06", "2027-05-06"), byline.select("time").eachAttr("datetime"));
    }

    @Test
    void everyReviewerIsNamedWithTheirRegistration() {
        Page page = Components.page("articles/knee.md", "title: Knee pain\ntype: article\nstatus: published\n"
                + "date: 2026-03-04\nreviewed: 2026-05-06\nsummary: About knees.\nsources: [csp]\nauthor: jo-example\n"
                + "reviewer: [sam-example, chris-example]", "<p>Text.</p>");
        Element byline = Components.html("byline", "<@c.byline page=page/>", Map.of("page", page, "site",
                Components.site(page))).selectFirst(".byline");
        assertEquals("Written by Jo Example · Reviewed by Sam Example (HCPC-registered physiotherapist) and Chris Example"
                + " (CNHC-registered beta therapist) on 6 May 2026 · Next review due 6 May 2027", byline.text());
        assertEquals(List.of("../people/jo-example.html", "../people/sam-example.html", "../people/chris-example.html"),
                byline.select("a").eachAttr("href"));
    }

    @Test
    void theMistakeLinkIsAnEmailToTheSiteWithThePageAddressInTheSubject() {
        Element link = Components.html("byline", "<@c.feedback page=page/>", Map.of("page", ARTICLE))
                .selectFirst("p.feedback a");
        assertEquals("Report a mistake on this page", link.text());
        assertEquals("mailto:hello@example.com?subject=Mistake%20on%20https%3A%2F%2Fwww.example.com%2Farticles%2Fknee.html",
                link.attr("href"));
    }

    @Test
    void theHelpfulLinkIsAnEmailWithThePageAddressInTheSubject() {
        Element link = Components.html("byline", "<@c.feedback page=page/>", Map.of("page", ARTICLE))
                .selectFirst("p.feedback--helpful a");
        assertEquals("Tell us in an email", link.text());
        assertEquals("mailto:hello@example.com?subject=Was%20this%20page%20helpful%3F%20https%3A%2F%2Fwww.example.com"
                + "%2Farticles%2Fknee.html", link.attr("href"));
    }
}
