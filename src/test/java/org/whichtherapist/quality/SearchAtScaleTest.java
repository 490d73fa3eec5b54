package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.GrownSite;

/**
 * The search forgives spelling at the size of the benchmark's largest corpus, 5,000 articles
 * ({@link GrownSite}): a misspelled query downloads at most 30 KB (gzipped) more than the same query
 * spelt right, and shows the same pages; no spelling list weighs more than its budget, whatever the
 * length of the word typed (sizes, not timings).
 */
class SearchAtScaleTest {
    private static final long MISS_BUDGET = 30 * 1024;
    private static final long LIST_BUDGET = 4 * 1024;
    private static BuiltSite site;
    private static ServedSite served;

    @BeforeAll
    static void build() {
        site = GrownSite.built(GrownSite.LARGEST);
        served = ServedSite.underSubPath("grown-" + GrownSite.LARGEST, site, "/which-therapist/");
    }

    private static List<String> results() {
        return Browser.driver().findElements(By.cssSelector("#search-results li > a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
    }

    @Test
    void aMisspelledQueryDownloadsAtMostThirtyKilobytesMoreThanTheRightOne() {
        // two letters short (two edits), and one letter wrong, of common words of the corpus
        for (String[] pair : List.of(new String[] {"practioner", "practitioner"}, new String[] {"appointmant", "appointment"},
                new String[] {"sesion plan", "session plan"})) {
            SearchDownloads right = SearchDownloads.of(served, pair[1], 10);
            List<String> pages = results();
            SearchDownloads wrong = SearchDownloads.of(served, pair[0], 10);
            assertTrue(wrong.status().contains("Did you mean " + pair[1] + "?"), wrong.status());
            assertEquals(pages, results(), pair[0] + ": the pages of " + pair[1]);
            long more = wrong.total() - right.total();
            System.out.printf("%d articles: \"%s\" fetched %d bytes gzipped in %d files, \"%s\" %d in %d (%+d; spelling"
                            + " lists %s)%n", GrownSite.LARGEST, pair[1], right.total(), right.files().size(), pair[0],
                    wrong.total(), wrong.files().size(), more, wrong.files().keySet().stream()
                            .filter(f -> f.startsWith("search/s/")).toList());
            assertTrue(more <= MISS_BUDGET, pair[0] + " fetched " + more + " bytes more than " + pair[1] + ": "
                    + wrong.files() + " against " + right.files());
            assertEquals(0, right.count("search/s/"), "no spelling list for words on pages");
            assertTrue(wrong.count("search/s/") > 0);
        }
    }

    @Test
    void noSpellingListOutgrowsItsBudgetSoNoMissCanCostMore() {
        List<String> lists = site.files().stream().filter(f -> f.startsWith("search/s/")).toList();
        assertTrue(lists.size() >= 10, lists.toString());
        for (String list : lists) {
            long bytes = BuiltSite.gzippedSize(site.output().resolve(list));
            assertTrue(bytes <= LIST_BUDGET, list + " is " + bytes + " bytes gzipped");
        }
        long miss = site.report().weights().search().largestMiss();
        assertTrue(miss > 0 && miss <= 5 * LIST_BUDGET, "a miss fetches at most " + miss + " bytes of spelling lists");
    }
}
