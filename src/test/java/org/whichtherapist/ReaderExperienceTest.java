package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a reader arriving from a search engine gets: search, navigation, sharing tags, speed. */
class ReaderExperienceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static BuiltSite real;
    private static BuiltSite fixture;

    @BeforeAll
    static void build() {
        real = TestSites.real();
        fixture = TestSites.fixture();
    }

    private static List<JsonNode> structuredData(Document page) throws Exception {
        return StructuredData.of(page);
    }

    private static JsonNode ofType(Document page, String type) throws Exception {
        return StructuredData.ofType(page, type);
    }

    @Test
    void everyPageHasAUniqueTitleDescriptionCanonicalAndSharingTags() {
        Map<String, String> titles = new HashMap<>();
        for (String path : real.readerPages()) {
            Document page = real.page(path);
            String previous = titles.put(page.title(), path);
            assertEquals(null, previous, "two pages share the title '" + page.title() + "': " + path + ", " + previous);
            String description = page.selectFirst("meta[name=description]").attr("content");
            assertFalse(description.isBlank(), path);
            assertEquals(description, page.selectFirst("meta[property=og:description]").attr("content"), path);
            if (!path.equals("404.html")) {
                String url = "https://www.example.com/" + path;
                assertEquals(url, page.selectFirst("link[rel=canonical]").attr("href"), path);
                assertEquals(url, page.selectFirst("meta[property=og:url]").attr("content"), path);
                assertEquals(url, page.selectFirst("link[rel=alternate][hreflang=en-GB]").attr("href"), path);
            }
            assertNotNull(page.selectFirst("meta[property=og:title]"), path);
            assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"), path);
        }
    }

    @Test
    void structuredDataParsesAndDescribesEachKindOfPage() throws Exception {
        JsonNode website = ofType(real.page("index.html"), "WebSite");
        assertEquals("Which Therapist?", website.get("name").asText());
        JsonNode article = ofType(real.page("articles/nhs-or-private-care.html"), "BlogPosting");
        assertEquals("NHS or private care? How to decide", article.get("headline").asText());
        assertEquals("2026-08-18", article.get("datePublished").asText());
        assertEquals("2026-12-01", article.get("dateModified").asText());
        assertEquals("Person", article.at("/author/@type").asText());
        assertEquals("Organization", article.at("/publisher/@type").asText());
        JsonNode crumbs = ofType(real.page("articles/nhs-or-private-care.html"), "BreadcrumbList");
        assertEquals(List.of("Home", "Articles", "NHS or private care? How to decide"),
                crumbs.findValuesAsText("name"));
        JsonNode faq = ofType(real.page("faq.html"), "FAQPage");
        List<String> questions = faq.get("mainEntity").findValuesAsText("name");
        assertTrue(questions.contains("Do I need a referral?"), questions.toString());
        assertEquals(real.page("faq.html").select(".prose h2:not(.care-card__heading)").size(), faq.get("mainEntity").size(),
                "every question, not the care box's headings");
        assertTrue(faq.at("/mainEntity/0/acceptedAnswer/text").asText().length() > 40);
        assertEquals("2026-12-01", ofType(real.page("disciplines/physiotherapist.html"), "MedicalWebPage").get("lastReviewed").asText());
        for (String path : real.readerPages()) {
            structuredData(real.page(path)); // every block on every page is valid JSON
        }
    }

    @Test
    void hostileTextStaysInertInsideStructuredData() throws Exception {
        Document page = fixture.page("articles/hostile-title.html");
        for (Element script : page.select("script[type=application/ld+json]")) {
            assertFalse(script.data().contains("</script"), script.data());
        }
        assertEquals("<script>alert(1)</script> & \"quotes\"", ofType(page, "BlogPosting").get("headline").asText());
    }

    @Test
    void everyPageButTheHomePageHasBreadcrumbsEndingInItself() {
        for (String path : real.readerPages()) {
            Element crumbs = real.page(path).selectFirst("nav.breadcrumbs");
            if (path.equals("index.html") || path.equals("404.html")) {
                assertEquals(null, crumbs, path);
                continue;
            }
            assertNotNull(crumbs, path);
            assertEquals("Home", crumbs.selectFirst("li a").text(), path);
            assertNotNull(crumbs.selectFirst("li:last-child [aria-current=page]"), path);
        }
    }

    @Test
    void articlesShowReadingTimeAndRelatedArticles() {
        for (String path : real.readerPages().stream().filter(p -> p.startsWith("articles/")).toList()) {
            Document page = real.page(path);
            assertTrue(page.selectFirst(".page-dates").text().matches(".*· \\d+ min read.*"), path);
            List<String> related = page.select("#related-articles ~ ul a").eachAttr("href");
            assertFalse(related.isEmpty(), path + " has no related articles");
            assertFalse(related.contains("../" + path), path + " is related to itself");
        }
    }

    @Test
    void theSearchFilesHaveEveryPublishedPageAndNoDraftAndFindAPageByItsWords() {
        SearchFiles search = new SearchFiles(fixture);
        List<JsonNode> pages = search.pages();
        Set<String> urls = new HashSet<>(pages.stream().map(p -> p.get("url").asText()).toList());
        assertEquals(fixture.report().pages(), pages.size(), "one file per page");
        assertEquals(pages.size(), urls.size(), "no page twice");
        assertTrue(urls.contains("articles/markdown-features.html"));
        assertFalse(urls.contains("articles/secret-draft.html"));
        assertFalse(urls.contains("articles/scheduled-post.html"));
        for (JsonNode page : pages) {
            assertTrue(fixture.exists(page.get("url").asText()), page.get("url").asText());
            for (String field : List.of("title", "type", "summary", "text")) {
                assertTrue(page.hasNonNull(field), field);
            }
        }
        String features = "articles/markdown-features.html";
        assertTrue(search.pageAt(features).get("text").asText().contains("Its definition."));
        assertEquals(4 | 1, search.where("third").get(features), "a word of a heading is found there, and in the text");
        assertEquals(1, search.where("definition").get(features), "a word of the text only");
        assertEquals(Map.of(), search.where("secret"), "no word of a draft (only its title has it)");
        assertEquals(Map.of(), search.where("scheduled"), "no word of a page not yet published");
    }

    @Test
    void theSearchPageWorksWithoutJavaScriptByListingEveryPageOrTheArticleListPageByPage() {
        Document search = real.page("search.html");
        assertNotNull(search.selectFirst("form[role=search][action=search.html] input[name=q]"));
        Set<String> listed = new HashSet<>(search.select("#all-pages a").eachAttr("href"));
        assertTrue(listed.contains("articles.html"), "the articles are listed on the article list's pages");
        for (String list = "articles.html"; list != null; ) {
            Document page = real.page(list);
            listed.addAll(page.select("main .cards a").eachAttr("href"));
            Element next = page.selectFirst("main .pagination a[rel=next]");
            list = next == null ? null : next.attr("href");
        }
        for (String path : real.readerPages()) {
            if (path.startsWith("disciplines/") || path.startsWith("techniques/") || path.startsWith("articles/")
                    || path.startsWith("qualifications/")) {
                assertTrue(listed.contains(path), path + " is missing from the list of all pages");
            }
        }
        assertNotNull(search.selectFirst("#search-status[role=status][aria-live=polite]"));
        for (String path : real.readerPages()) {
            assertNotNull(real.page(path).selectFirst("header form[role=search] input[name=q]"), path);
        }
    }

    @Test
    void picturesGetTheirSizeAndLoadLazily() {
        Element img = fixture.page("articles/markdown-features.html").selectFirst(".prose img");
        assertEquals("A coloured test pattern", img.attr("alt"));
        assertEquals("40", img.attr("width"));
        assertEquals("30", img.attr("height"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("async", img.attr("decoding"));
    }

    @Test
    void aPictureWithoutADescriptionStopsTheBuild() throws Exception {
        Path project = TestSites.newFixtureProject();
        Path file = project.resolve("content/articles/markdown-features.md");
        TestSites.replaceIn(file, "![A coloured test pattern]", "![]");
        List<org.whichtherapist.core.Problem> problems = TestSites.failingBuild(project);
        int line = Files.readAllLines(file).indexOf("![](img/picture.png)") + 1;
        assertEquals("content/articles/markdown-features.md:" + line + ": the picture 'img/picture.png' has no "
                + "description — write what it shows between the square brackets: ![A physiotherapist bending a knee]"
                + "(img/picture.png)", problems.get(0).format());
    }

    @Test
    void darkModeFollowsTheSystemAndTheToggleIsAppliedBeforeThePageIsDrawn() {
        Document page = real.page("about.html");
        Element head = page.head();
        Element firstScript = head.selectFirst("script:not([src]):not([type])");
        Element style = head.selectFirst("style");
        assertTrue(firstScript.elementSiblingIndex() < style.elementSiblingIndex(), "theme is set before the styles");
        assertTrue(firstScript.data().contains("localStorage.getItem(\"theme\")"));
        assertTrue(style.data().contains("color-scheme: light dark"));
        assertTrue(style.data().contains(":root[data-theme=\"dark\"]"));
        assertTrue(style.data().contains("prefers-reduced-motion"));
        assertTrue(style.data().contains("@media print"));
        Element toggle = page.selectFirst("button.theme-toggle[aria-pressed]");
        assertTrue(toggle.hasAttr("hidden"), "without JavaScript the toggle is not shown");
    }
}
