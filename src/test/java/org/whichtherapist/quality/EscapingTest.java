package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.whichtherapist.BuiltSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * The fixture article content/articles/hostile-title.md has script tags, quotes, javascript:
 * addresses, event handlers and {@code </script>} in its title and summary, and cites sources whose titles and
 * publishers (content/_data/sources.yml) do too. Everywhere the
 * site repeats them (every HTML page, JSON-LD, feed, sitemap, search index, and the search page in
 * a real browser) they must stay text. FixtureSiteTest and ReaderExperienceTest check the article
 * page itself; this checks every output and the browser.
 */
class EscapingTest {
    static final String TITLE = "<script>alert(1)</script> & \"quotes\"";
    static final String SUMMARY = "A summary with <b>tags</b> & \"quotes\". </script><script>alert(2)</script>"
            + " <img src=x onerror=alert(3)> javascript:alert(4)";
    static final String PAGE = "articles/hostile-title.html";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = ServedSite.fixture().built();
    }

    @Test
    void noPageGainsAScriptAnEventHandlerOrAJavascriptAddress() {
        List<String> found = new ArrayList<>();
        int showingTheTitle = 0;
        for (String path : site.htmlPages()) {
            Document page = site.page(path);
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().toLowerCase().startsWith("on")
                            || attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        found.add(path + ": <" + element.tagName() + " " + attribute + ">");
                    }
                }
            }
            for (Element script : page.select("script")) {
                if (script.data().contains("alert(")
                        && !script.attr("type").equals("application/ld+json")) {
                    found.add(path + ": a script runs " + script.data());
                }
            }
            if (!page.body().select("script, img[src=x], b").isEmpty()) {
                found.add(path + ": the body has an element made from front matter: " + page.body().select("script, img[src=x], b"));
            }
            if (page.text().contains(TITLE)) {
                showingTheTitle++;
            }
        }
        assertEquals(List.of(), found, String.join("\n", found));
        assertTrue(showingTheTitle >= 5, "the title shows as text on only " + showingTheTitle + " pages");
        Document article = site.page(PAGE);
        assertTrue(article.select(".sources li a").eachText().contains("see javascript:alert(5)"), "a source is shown as text");
        assertTrue(article.select(".sources li a").eachText().stream().anyMatch(s -> s.startsWith("</script><a href=")));
        assertTrue(article.select(".sources li").eachText().stream().anyMatch(s -> s.contains("</script><script>alert(8)")),
                "a publisher is shown as text");
    }

    @Test
    void structuredDataKeepsEveryFieldAsTextAndNeverEndsItsScript() throws Exception {
        Document page = site.page(PAGE);
        String raw = site.text(PAGE);
        List<Element> blocks = page.select("script[type=application/ld+json]");
        assertTrue(blocks.size() >= 2, "BlogPosting and breadcrumbs");
        for (Element block : blocks) {
            assertFalse(block.data().toLowerCase().contains("</script"), block.data());
            assertTrue(raw.contains(block.data()), "the block ended where the page says it does");
        }
        JsonNode posting = blocks.stream().map(b -> read(b.data())).filter(n -> n.path("@type").asText().equals("BlogPosting"))
                .findFirst().orElseThrow();
        assertEquals(TITLE, posting.get("headline").asText());
        assertEquals(SUMMARY, posting.get("description").asText());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    @Test
    void theFeedCarriesTheTitleAndSummaryAsText() throws Exception {
        List<SyndEntry> entries;
        try (XmlReader in = new XmlReader(site.output().resolve("feed.xml").toFile())) {
            entries = new SyndFeedInput().build(in).getEntries();
        }
        SyndEntry entry = entries.stream().filter(e -> e.getLink().endsWith(PAGE)).findFirst().orElseThrow();
        assertEquals(TITLE, entry.getTitle());
        assertEquals("text", entry.getDescription().getType() == null ? "text" : entry.getDescription().getType());
        assertEquals(SUMMARY, entry.getDescription().getValue());
        assertFalse(site.text("feed.xml").contains("<script"), "markup in the feed is escaped");
    }

    @Test
    void theSitemapAndTheSearchIndexStayValidAndCarryTheTextAsIs() throws Exception {
        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://www.example.com/" + PAGE + "</loc>"));
        assertFalse(sitemap.contains("<script") || sitemap.contains("alert("), "the sitemap holds addresses only");
        JsonNode entry = null;
        for (String file : site.files().stream().filter(f -> f.startsWith("search/p/")).toList()) {
            JsonNode page = JSON.readTree(site.text(file));
            entry = page.get("url").asText().equals(PAGE) ? page : entry;
        }
        assertNotNull(entry, "the search has a file for the page");
        assertEquals(TITLE, entry.get("title").asText());
        assertEquals(SUMMARY, entry.get("summary").asText());
    }

    @Test
    void inTheBrowserTheSearchShowsTheHostileTitleAsTextAndNothingRuns() {
        WebDriver browser = Browser.driver();
        ServedSite served = ServedSite.fixture();
        for (String path : List.of(PAGE, "index.html", "articles.html", "tags/safety.html")) {
            browser.get(served.url(path));
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), path + " opened an alert");
            assertTrue(browser.findElement(By.tagName("main")).getText().contains(TITLE), path);
        }
        browser.get(served.url("search.html"));
        browser.findElement(By.id("search-q")).sendKeys("alert");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-results a[href='" + PAGE + "']")));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "the search results opened an alert");
        assertEquals(TITLE, browser.findElement(By.cssSelector("#search-results a[href='" + PAGE + "']")).getText());
        assertEquals(0L, Browser.run("return document.querySelectorAll('#search-results script, #search-results img,"
                + " #search-results b, #search-results [onclick]').length;"));
    }
}
