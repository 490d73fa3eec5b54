package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.content.Page;

class SourcesTest {

    @Test
    void aNumberedListOfLinksInThePagesOrderWithPublisherAndDate() {
        Page page = Components.page("articles/knee.md", "title: Knee pain\ntype: article\nstatus: published\n"
                + "date: 2026-03-04\nreviewed: 2026-05-06\nsummary: About knees.\nsources: [csp, hostile-link]", "<p>Text.</p>");
        Document html = Components.html("sources", "<@c.list page=page/>", Map.of("page", page, "site", Components.site(page)));
        Element section = html.selectFirst("section.sources[aria-labelledby=page-sources]");
        assertEquals("Sources", section.selectFirst("h2#page-sources").text());
        List<Element> items = section.select("ol.sources__list > li");
        assertEquals(List.of("source-1", "source-2"), items.stream().map(Element::id).toList());
        assertEquals("https://www.csp.org.uk/", items.get(0).selectFirst("a").attr("href"));
        assertEquals("The Chartered Society of Physiotherapy. Chartered Society of Physiotherapy (CSP). Published 15 January"
                + " 2026.", items.get(0).text());
        assertEquals("</script><a href=\"javascript:alert(6)\" onclick='alert(7)'>x</a>", items.get(1).selectFirst("a").text(),
                "a title is text, never markup");
        assertEquals(0, items.get(1).select("script, a[onclick]").size());
    }

    @Test
    void aPageWithNoSourcesShowsNoList() {
        Page page = Components.page("pages/about.md", "title: About\ntype: page\nstatus: published\ndate: 2026-03-04\n"
                + "summary: Us.", "<p>Text.</p>");
        assertEquals(0, Components.html("sources", "<@c.list page=page/>", Map.of("page", page)).select("section").size());
    }
}
