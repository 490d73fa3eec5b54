package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.GrownSite;
import org.whichtherapist.check.PageWeights;

/**
 * The site grown to a thousand articles ({@link GrownSite}) stays as light for readers as a small
 * one: every page within the first round trip (long lists split into pages), and a search that
 * downloads only the few files a query needs, counted as the bytes of the files the search script
 * fetched in the browser, gzipped as a host sends them (sizes, not timings).
 */
class SiteAtScaleTest {
    private static final long SEARCH_BUDGET = 150 * 1024;
    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = GrownSite.built();
    }

    @Test
    void everyPageOfAThousandArticleSiteFitsTheFirstRoundTrip() {
        List<String> pages = site.htmlPages();
        assertTrue(pages.size() > GrownSite.ARTICLES, pages.size() + " pages");
        for (String page : pages) {
            long bytes = BuiltSite.gzippedSize(site.output().resolve(page));
            assertTrue(bytes <= PageWeights.BUDGET, page + " is " + bytes + " bytes gzipped");
        }
        assertEquals(List.of(), site.report().weights().overBudget());
        assertTrue(site.exists("articles-page-34.html"), "a thousand articles, 30 to a page");
        assertFalse(site.exists("articles-page-35.html"));
        assertTrue(pages.stream().anyMatch(p -> p.matches("tags/.*-page-5\\.html")), "the largest topics are split too");
    }

    @Test
    void aTwoWordSearchDownloadsLittleAndFindsPages() {
        ServedSite served = ServedSite.underSubPath("grown", site, "/which-therapist/");
        SearchDownloads search = SearchDownloads.of(served, "knee pain", 10);
        assertTrue(search.status().matches("\\d+ pages match “knee pain”\\."), search.status());
        assertFalse(Browser.driver().findElement(By.id("search-more")).getAttribute("hidden") != null, "more results to show");
        assertTrue(search.total() <= SEARCH_BUDGET, "the search fetched " + search.total() + " bytes (gzipped): " + search.files());
        assertTrue(search.files().containsKey("search/index.json"), search.files().toString());
        long slices = search.count("search/w/");
        long allSlices = site.files().stream().filter(f -> f.startsWith("search/w/")).count();
        assertTrue(slices >= 2 && slices * 10 < allSlices, slices + " of " + allSlices + " word slices fetched");
        assertEquals(10, search.count("search/p/"), "one file per result shown: " + search.files().keySet());
        assertEquals(0, search.count("search/s/"), "no spelling list for words that are on pages");
    }
}
