package org.whichtherapist.render.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void aMiddlePageLinksToNewerAndOlderArticles() {
        Document html = Components.html("pagination", "<@c.pagination/>", Map.of("numberOfPages", 3,
                "currentPageNumber", 2, "previousFileName", "", "nextFileName", "3/"));
        Element nav = html.selectFirst("nav.pagination[aria-label=More articles]");
        assertEquals("../index.html", nav.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("Newer articles", nav.selectFirst("a[rel=prev]").text());
        assertEquals("../3/index.html", nav.selectFirst("a[rel=next]").attr("href"));
        assertEquals("Page 2 of 3", nav.selectFirst("span").text());
    }

    @Test
    void theLastPageHasNoOlderLink() {
        Document html = Components.html("pagination", "<@c.pagination/>", Map.of("numberOfPages", 2,
                "currentPageNumber", 2, "previousFileName", ""));
        assertEquals(0, html.select("a[rel=next]").size());
        assertEquals(1, html.select("a[rel=prev]").size());
    }

    @Test
    void onePageOfArticlesNeedsNoPagination() {
        assertEquals(0, Components.html("pagination", "<@c.pagination/>", Map.of("numberOfPages", 1)).select("nav").size());
        assertEquals(0, Components.html("pagination", "<@c.pagination/>").select("nav").size());
    }
}
