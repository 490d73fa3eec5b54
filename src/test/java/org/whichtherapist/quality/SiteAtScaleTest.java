package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
            long bytes = PageWeights.gzippedSize(site.output().resolve(page));
            assertTrue(bytes <= PageWeights.BUDGET, page + " is " + bytes + " bytes gzipped");
        }
        assertEquals(List.of(), site.report().weights().overBudget());
        assertTrue(site.exists("articles-page-34.html"), "a thousand articles, 30 to a page");
        assertFalse(site.exists("articles-page-35.html"));
        assertTrue(pages.stream().anyMatch(p -> p.matches("tags/.*-page-5\\.html")), "the largest topics are split too");
    }

    @Test
    void aTwoWordSearchDownloadsLittleAndFindsPages() {
        Map<String, Long> fetched = search(ServedSite.underSubPath("grown", site, "/which-therapist/"), "knee pain");
        long total = fetched.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total <= SEARCH_BUDGET, "the search fetched " + total + " bytes (gzipped): " + fetched);
        assertTrue(fetched.containsKey("search/index.json"), fetched.toString());
        long slices = fetched.keySet().stream().filter(f -> f.startsWith("search/w/")).count();
        long allSlices = site.files().stream().filter(f -> f.startsWith("search/w/")).count();
        assertTrue(slices >= 2 && slices * 10 < allSlices, slices + " of " + allSlices + " word slices fetched");
        assertEquals(10, fetched.keySet().stream().filter(f -> f.startsWith("search/p/")).count(),
                "one file per result shown: " + fetched.keySet());
    }

    /**
     * Types the query on the search page, waits for the results, and returns the site's files the
     * page fetched after loading, with their gzipped sizes.
     */
    private static Map<String, Long> search(ServedSite served, String query) {
        WebDriver browser = Browser.driver();
        browser.get(served.url("search.html"));
        Browser.run("performance.clearResourceTimings();");
        browser.findElement(By.id("search-q")).sendKeys(query);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#search-results li"), 9));
        assertTrue(browser.findElement(By.id("search-status")).getText().matches("\\d+ pages match “" + query + "”\\."),
                browser.findElement(By.id("search-status")).getText());
        assertFalse(browser.findElement(By.id("search-more")).getAttribute("hidden") != null, "more results to show");
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) Browser.run(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        Map<String, Long> fetched = new TreeMap<>();
        for (String url : new ArrayList<>(urls)) {
            String file = served.pathOf(url);
            fetched.put(file, PageWeights.gzippedSize(site.output().resolve(file)));
        }
        return fetched;
    }
}
