package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whichtherapist.check.PageWeights;

/**
 * Every page loads in one round trip on a phone: HTML with its CSS inlined at most 14 KB gzipped,
 * at most 40 KB with everything else it loads (not counting pictures and the search index), no
 * script that blocks drawing, nothing from another site, no web fonts.
 */
class PerformanceBudgetTest {
    private static final long FIRST_ROUND_TRIP = 14 * 1024;
    private static final long PAGE_TOTAL = 40 * 1024;
    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = TestSites.real();
    }

    @Test
    void everyPageFitsInTheFirstRoundTripWithItsCssInlined() {
        for (String path : site.readerPages()) {
            long bytes = BuiltSite.gzippedSize(site.output().resolve(path));
            assertTrue(bytes <= FIRST_ROUND_TRIP, path + " is " + bytes + " bytes gzipped");
        }
        for (String path : site.readerPages()) { // a redirect page at an old address has no styles to show
            Document page = site.page(path);
            assertNotNull(page.selectFirst("head style"), path + " has no inlined CSS");
            assertTrue(page.select("link[rel=stylesheet]").isEmpty(), path + " loads a stylesheet");
        }
    }

    @Test
    void everyPageWithWhatItLoadsStaysUnderTheTotalBudget() {
        for (String path : site.readerPages()) {
            Document page = site.page(path);
            long total = BuiltSite.gzippedSize(site.output().resolve(path));
            for (Element resource : page.select("script[src], link[rel=icon][href], link[rel=preload][href]")) {
                String url = resource.absUrl(resource.hasAttr("src") ? "src" : "href");
                if (url.startsWith("https://site.test/")) {
                    total += BuiltSite.gzippedSize(site.output().resolve(url.substring("https://site.test/".length())));
                } else if (!path.equals("404.html")) {
                    throw new AssertionError(path + " loads " + url);
                }
            }
            assertTrue(total <= PAGE_TOTAL, path + " needs " + total + " bytes gzipped");
        }
    }

    @Test
    void noScriptBlocksDrawingAndNothingComesFromAnotherSite() {
        for (String path : site.readerPages()) {
            Document page = site.page(path);
            for (Element script : page.select("script[src]")) {
                assertTrue(script.hasAttr("defer") || script.hasAttr("async"), path + ": " + script);
            }
            for (Element inline : page.select("script:not([src]):not([type=application/ld+json])")) {
                assertTrue(inline.data().length() < 300, path + " has a large inline script");
            }
            if (path.equals("404.html")) {
                continue; // links to the site's own address, wherever it is served from
            }
            for (Element resource : page.select("[src], link[href]:not([rel=canonical]):not([rel=alternate])")) {
                String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                assertFalse(url.matches("(?i)^(https?:)?//.*"), path + " requests " + url + " from another site");
            }
        }
    }

    @Test
    void noWebFontsAreDownloaded() {
        String css = site.page("index.html").selectFirst("head style").data();
        assertFalse(css.contains("@font-face"));
        assertFalse(css.contains("url("), "the CSS fetches nothing");
        assertTrue(css.contains("font-family: system-ui"));
        for (String file : site.files()) {
            assertFalse(Set.of("woff", "woff2", "ttf", "otf", "eot").contains(file.replaceAll(".*\\.", "")), file);
        }
    }

    @Test
    void theSizesWeighedAreWhatGzipGives() throws IOException {
        for (String path : site.readerPages()) {
            byte[] page = Files.readAllBytes(site.output().resolve(path));
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
                gzip.write(page);
            }
            assertEquals(gzipped.size(), BuiltSite.gzippedSize(site.output().resolve(path)), path);
        }
    }

    @Test
    void theBuildReportsTheLargestAndMedianPageAndWhatTheSearchDownloads() throws IOException {
        PageWeights weights = site.report().weights();
        List<Long> sizes = site.readerPages().stream()
                .map(p -> BuiltSite.gzippedSize(site.output().resolve(p))).sorted().toList();
        assertEquals(sizes.get(sizes.size() - 1).longValue(), weights.largestBytes());
        assertEquals(sizes.get(sizes.size() / 2).longValue(), weights.medianBytes());
        assertEquals(List.of(), weights.overBudget());
        assertEquals(BuiltSite.gzippedSize(site.output().resolve("search/index.json")), weights.search().firstFile());
        assertTrue(largest("search/w/").contains(weights.search().largestSlice()), "the largest slice of the word list");
        assertTrue(largest("search/p/").contains(weights.search().largestPage()), "the largest page file");
        assertEquals(largestMiss(), weights.search().largestMiss(), "the spelling lists a miss fetches at most");
        assertTrue(site.report().summary().contains(weights.describe()));
    }

    /**
     * The most a word on no page fetches of spelling lists, gzipped: for each length of word typed, the lists of
     * the lengths a suggestion may have (one letter more or fewer for up to five letters, else two).
     */
    private static long largestMiss() {
        long most = 0;
        for (int typed = 3; typed <= 30; typed++) {
            int edits = typed <= 5 ? 1 : 2;
            long sum = 0;
            for (int length = typed - edits; length <= typed + edits; length++) {
                if (site.exists("search/s/" + length + ".json")) {
                    sum += BuiltSite.gzippedSize(site.output().resolve("search/s/" + length + ".json"));
                }
            }
            most = Math.max(most, sum);
        }
        assertTrue(most > 0, "the site has spelling lists");
        return most;
    }

    /** The gzipped sizes of the largest files (before compression) in the folder. */
    private static Set<Long> largest(String folder) throws IOException {
        long most = 0;
        Set<Long> gzipped = new java.util.HashSet<>();
        for (String file : site.files().stream().filter(f -> f.startsWith(folder)).toList()) {
            Path path = site.output().resolve(file);
            if (Files.size(path) > most) {
                most = Files.size(path);
                gzipped.clear();
            }
            if (Files.size(path) == most) {
                gzipped.add(BuiltSite.gzippedSize(path));
            }
        }
        return gzipped;
    }
}
