package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each article links to the next older and next newer published article, by date. The bake
 * answers JBake's per-page "all articles" question from a list kept for the whole bake
 * (bake/MemoisingContentStore); these links are what that list decides.
 */
class PreviousNextTest {
    /** The fixture's published articles, oldest first (drafts and the scheduled post are left out). */
    private static final List<String> OLDEST_FIRST = List.of("filler-1", "filler-2", "filler-3", "filler-4",
            "filler-5", "filler-6", "hostile-title", "markdown-features", "native-header");

    @Test
    void everyArticleLinksToItsDateNeighboursAndTheEndsLinkOnlyInward() {
        BuiltSite site = TestSites.fixture();
        for (int i = 0; i < OLDEST_FIRST.size(); i++) {
            Document page = site.page("articles/" + OLDEST_FIRST.get(i) + ".html");
            String older = i > 0 ? "../articles/" + OLDEST_FIRST.get(i - 1) + ".html" : null;
            String newer = i < OLDEST_FIRST.size() - 1 ? "../articles/" + OLDEST_FIRST.get(i + 1) + ".html" : null;
            assertEquals(older, href(page, "prev"), OLDEST_FIRST.get(i) + ": the older-article link");
            assertEquals(newer, href(page, "next"), OLDEST_FIRST.get(i) + ": the newer-article link");
        }
    }

    private static String href(Document page, String rel) {
        Element link = page.selectFirst(".prev-next a[rel=" + rel + "]");
        return link == null ? null : link.attr("href");
    }
}
