package org.whichtherapist.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.whichtherapist.BuiltSite;

/**
 * What the search page downloads for a query in Chromium: the site's files the page fetched after
 * loading, each weighed gzipped as a host sends it (sizes, not timings).
 */
record SearchDownloads(String status, Map<String, Long> files) {

    /** Types the query on the search page and waits until it lists {@code results} results (or all it has, if fewer). */
    static SearchDownloads of(ServedSite served, String query, int results) {
        WebDriver browser = Browser.driver();
        browser.get(served.url("search.html"));
        Browser.run("performance.clearResourceTimings();");
        browser.findElement(By.id("search-q")).sendKeys(query);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#search-results li"), results - 1));
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) Browser.run(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        Map<String, Long> fetched = new TreeMap<>();
        for (String url : new ArrayList<>(urls)) {
            String file = served.pathOf(url);
            fetched.put(file, BuiltSite.gzippedSize(served.built().output().resolve(file)));
        }
        return new SearchDownloads(browser.findElement(By.id("search-status")).getText(), fetched);
    }

    long total() {
        return files.values().stream().mapToLong(Long::longValue).sum();
    }

    long count(String folder) {
        return files.keySet().stream().filter(f -> f.startsWith(folder)).count();
    }
}
