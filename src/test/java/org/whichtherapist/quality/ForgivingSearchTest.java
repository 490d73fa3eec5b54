package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search on the real site in Chromium, as a reader types: a misspelled word gets the site's own
 * word ("Did you mean physiotherapist?") and its pages, fetching the spelling lists only then; words
 * readers use for the site's words (content/_data/search.yml) find its pages; words that are never on
 * one page together show the pages with most of them, marked as partial; "near me" points to the page
 * of registers.
 */
class ForgivingSearchTest {
    private static ServedSite real;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        real = ServedSite.real();
        browser = Browser.driver();
    }

    /** Types the query on the search page and waits for its first results; returns the status line. */
    private static String search(String query) {
        browser.get(real.url("search.html"));
        Browser.run("performance.clearResourceTimings();");
        browser.findElement(By.id("search-q")).sendKeys(query);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#search-results li")));
        return browser.findElement(By.id("search-status")).getText();
    }

    private static List<String> resultLinks() {
        return browser.findElements(By.cssSelector("#search-results li > a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
    }

    /** The search files the page fetched since the last search began, below search/. */
    @SuppressWarnings("unchecked")
    private static List<String> fetched() {
        return ((List<String>) Browser.run("return performance.getEntriesByType('resource').map(function (e) {"
                + " return e.name; });")).stream().filter(url -> url.contains("/search/"))
                .map(url -> url.substring(url.indexOf("/search/") + "/search/".length())).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "physioterapist, physiotherapist, disciplines/physiotherapist.html",
        "chiropracter, chiropractor, articles/physiotherapist-osteopath-or-chiropractor.html",
        "osteopth, osteopath, articles/physiotherapist-osteopath-or-chiropractor.html",
        // two letters the wrong way round are one edit (Damerau–Levenshtein), enough for a four-letter word
        "nekc, neck, techniques/spinal-mobilisation.html"})
    void aMisspelledWordSuggestsTheSitesOwnWordAndListsItsPages(String typed, String word, String page) {
        String status = search(typed);
        assertTrue(status.startsWith("No page has “" + typed + "”. Did you mean " + word + "?"), status);
        assertTrue(resultLinks().contains(page), typed + ": " + resultLinks());
        assertTrue(browser.findElements(By.cssSelector(".search-results__partial")).isEmpty(), "whole matches");
        assertTrue(fetched().stream().anyMatch(f -> f.startsWith("s/")), "the spelling lists were fetched: " + fetched());
        for (String list : fetched().stream().filter(f -> f.startsWith("s/")).toList()) {
            int length = Integer.parseInt(list.replaceAll("\\D", ""));
            assertTrue(Math.abs(length - typed.length()) <= 2, list + " is no list a close spelling of " + typed + " is in");
        }
        WebElement suggestion = browser.findElement(By.cssSelector("#search-status a"));
        assertEquals(word, suggestion.getText());
        suggestion.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(By.id("search-status"),
                Pattern.compile("\\d+ pages? match(es)? “" + word + "”\\.")));
        assertEquals(word, browser.findElement(By.id("search-q")).getDomProperty("value"));
    }

    @Test
    void aQueryWhoseWordsAreOnPagesFetchesNoSpellingList() {
        String status = search("physiotherapist register");
        assertTrue(status.matches("\\d+ pages match “physiotherapist register”\\."), status);
        assertEquals(List.of(), fetched().stream().filter(f -> f.startsWith("s/")).toList());
        assertTrue(fetched().contains("index.json"), fetched().toString());
    }

    @Test
    void physioNearMeLeadsToTheFindATherapistPage() {
        search("physio near me");
        WebElement signpost = browser.findElement(By.cssSelector(".search-signpost:not([hidden]) a"));
        assertTrue(signpost.isDisplayed());
        assertEquals(List.of(), fetched().stream().filter(f -> f.startsWith("s/")).toList(),
                "'near' is a signpost's word, not a misspelling");
        signpost.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("find-a-therapist.html"));
        assertEquals("find-a-therapist.html", real.pathOf(browser.getCurrentUrl()));
        assertEquals("Find a registered therapist", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("main a[href^='https://www.hcpc-uk.org/']")).isEmpty());
    }

    @Test
    void noSignpostForAQueryWithoutItsWords() {
        search("massage");
        assertTrue(browser.findElements(By.cssSelector(".search-signpost:not([hidden])")).isEmpty());
    }

    @Test
    void wordsNeverOnOnePageTogetherShowThePagesWithMostOfThemMarkedAsPartial() {
        // "chaperone" is on one page; the made-up word is on none and has no close spelling
        String status = search("chaperone qxzvy");
        assertEquals("No page has all of “chaperone qxzvy”. 1 page has some of these words.", status);
        assertEquals(List.of("articles/your-first-appointment.html"), resultLinks());
        assertEquals("Partial match: without “qxzvy”.",
                browser.findElement(By.cssSelector("#search-results li .search-results__partial")).getText());
    }

    @Test
    void pagesWithMoreOfTheWordsComeFirst() {
        search("chaperone physiotherapist qxzvy");
        List<String> links = resultLinks();
        assertEquals("articles/your-first-appointment.html", links.get(0), "the only page with two of the three words");
        assertTrue(links.size() > 1, "then pages with one");
        assertEquals("Partial match: without “qxzvy”.",
                browser.findElement(By.cssSelector("#search-results li .search-results__partial")).getText());
    }

    /** How many pages the status line says match, or -1 when it says something else. */
    private static int matches(String status, String query) {
        Matcher count = Pattern.compile("(\\d+) pages? match(es)? “"
                + Pattern.quote(query) + "”\\.").matcher(status);
        return count.matches() ? Integer.parseInt(count.group(1)) : -1;
    }

    @ParameterizedTest(name = "{0} finds the pages of {1}")
    @CsvSource({
        "physical therapist, physiotherapist",
        "orthopedic, orthopaedic",
        "masseur, massage therapist",
        "physio, physiotherapist"})
    void wordsReadersUseForTheSitesWordsFindItsPages(String typed, String siteWords) {
        int site = matches(search(siteWords), siteWords);
        assertTrue(site > 0, siteWords + " is on pages of the site");
        int found = matches(search(typed), typed);
        assertTrue(found >= site, typed + " finds " + found + " pages, " + siteWords + " " + site);
        assertEquals(List.of(), fetched().stream().filter(f -> f.startsWith("s/")).toList(), "no spelling list");
    }
}
