package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whichtherapist.content.Page;
import org.whichtherapist.render.ListPage;

class PaginationTest {
    private static final String CALL = "<@c.links page=page label=\"More articles\" previous=\"Newer\" next=\"Older\"/>";

    /** Page {@code number} of a list of {@code count} pages of one article each, at articles.html, articles-page-2.html... */
    private static Document page(int number, int count) {
        List<Page> items = Collections.nCopies(count, Components.article("knee", "Knee pain"));
        ListPage page = ListPage.split("", items, 1, ListPage.numbered("articles.html")).get(number - 1);
        return Components.html("pagination", CALL, Map.of("page", page));
    }

    @Test
    void aMiddlePageLinksToTheNeighboursAndBothEnds() {
        Element nav = page(3, 5).selectFirst("nav.pagination[aria-label=More articles]");
        assertEquals("../articles-page-2.html", nav.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("Newer", nav.selectFirst("a[rel=prev]").text());
        assertEquals("../articles-page-4.html", nav.selectFirst("a[rel=next]").attr("href"));
        assertEquals("Page 3 of 5", nav.selectFirst("span").text());
        assertEquals(List.of("../articles.html", "../articles-page-2.html", "../articles-page-4.html",
                "../articles-page-5.html"), nav.select("a").eachAttr("href"));
    }

    @Test
    void theEndsLinkOnlyInward() {
        assertEquals(List.of("../articles-page-2.html"), page(1, 2).select("a").eachAttr("href"));
        assertEquals(List.of("../articles.html"), page(2, 2).select("a[rel=prev]").eachAttr("href"));
        assertEquals(0, page(2, 2).select("a[rel=next]").size());
    }

    @Test
    void aListOfOnePageNeedsNoPagination() {
        assertEquals(0, page(1, 1).select("nav").size());
    }
}
