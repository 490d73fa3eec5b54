package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.content.RenderedMarkdown.TocEntry;

class TocTest {

    @Test
    void listsEachHeadingAsALinkToItsId() {
        Document html = Components.html("toc", "<@c.toc entries=entries/>", Map.of("entries", List.of(
                new TocEntry(2, "what-it-is", "What it is"), new TocEntry(3, "cost", "Cost & time"),
                new TocEntry(2, "who", "Who to see"))));
        Element nav = html.selectFirst("nav.toc");
        assertEquals("toc-title", nav.attr("aria-labelledby"));
        assertEquals("On this page", nav.selectFirst("details.toc__toggle[data-open-wide] > summary > #toc-title").text());
        assertEquals(nav.selectFirst("ol"), nav.selectFirst("details.toc__toggle + ol.toc__list"),
                "the list follows its title, which opens it on small screens");
        assertEquals(List.of("#what-it-is", "#cost", "#who"), nav.select("li a").eachAttr("href"));
        assertEquals("Cost & time", nav.select("li").get(1).text());
        assertTrue(nav.select("li").get(1).hasClass("toc__item--h3"), "third-level headings are marked");
    }

    @Test
    void fewerThanThreeHeadingsShowNoList() {
        Document html = Components.html("toc", "<@c.toc entries=entries/>", Map.of("entries", List.of(
                new TocEntry(2, "a", "A"), new TocEntry(2, "b", "B"))));
        assertEquals(0, html.select("nav").size());
    }
}
