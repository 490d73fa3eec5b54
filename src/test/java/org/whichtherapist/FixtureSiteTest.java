package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reader gets from the fixture site, page type by page type. */
class FixtureSiteTest {
    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = TestSites.fixture();
    }

    @Test
    void everyKindOfPageIsWrittenAndNotEmpty() {
        for (String path : List.of("index.html", "2/index.html", "articles.html", "articles/markdown-features.html",
                "about.html", "disciplines/alpha-therapist.html", "qualifications/alpha-degree.html",
                "techniques/massage-fixture.html", "compare.html", "guide.html", "faq.html", "tags/index.html",
                "tags/safety.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt",
                "favicon.svg")) {
            assertTrue(site.exists(path), path + " was not written");
            assertTrue(site.output().resolve(path).toFile().length() > 0, path + " is empty");
        }
    }

    @Test
    void everyHtmlPageHasOneTitleOneH1AndTheLayout() {
        for (String path : site.readerPages()) {
            Document page = site.page(path);
            if (page.selectFirst("meta[http-equiv=refresh]") != null) {
                continue; // the redirect page at an old address (see DeploymentTest)
            }
            assertEquals(1, page.select("h1").size(), path + " should have one h1");
            assertFalse(page.title().isBlank(), path + " has no title");
            assertNotNull(page.selectFirst("a.skip-link[href=#main]"), path + " has no skip link");
            assertNotNull(page.selectFirst("header nav[aria-label=Main]"), path + " has no main navigation");
            assertNotNull(page.selectFirst("main#main"), path + " has no main landmark");
            assertNotNull(page.selectFirst("footer"), path + " has no footer");
            assertEquals("en-GB", page.selectFirst("html").attr("lang"), path);
        }
    }

    @Test
    void pageTitlesAndSettingsComeFromContentAndJbakeProperties() {
        Document article = site.page("articles/markdown-features.html");
        assertEquals("Markdown features | Which Therapist?", article.title());
        assertEquals("Every Markdown feature writers are promised.",
                article.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://www.example.com/articles/markdown-features.html",
                article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("hello@example.com", article.selectFirst("footer a[href^=mailto:]").text());
        assertEquals("Which Therapist?", site.page("index.html").title());
    }

    @Test
    void navigationListsMenuPagesInOrderThenArticles() {
        List<String> labels = site.page("about.html").select("nav[aria-label=Main] a").eachText();
        assertEquals(List.of("Who should I see?", "Compare", "About the fixture", "Articles"), labels);
        Element current = site.page("about.html").selectFirst("nav[aria-label=Main] a[aria-current=page]");
        assertEquals("About the fixture", current.text());
    }

    @Test
    void linksBetweenPagesAreRelativeSoTheSiteWorksUnderAnySubPath() {
        for (String path : site.htmlPages()) {
            if (path.equals("404.html")) {
                continue; // served at any address, so it links with the full site address
            }
            for (Element link : site.page(path).select("a[href], link[href]")) {
                String href = link.attr("href");
                assertFalse(href.startsWith("/"), path + " links to the site root: " + href);
            }
        }
    }

    @Test
    void everyInternalLinkLeadsToAFileThatExists() {
        for (String path : site.htmlPages()) {
            if (path.equals("404.html")) {
                continue;
            }
            for (Element link : site.page(path).select("a[href], link[href]")) {
                String url = link.absUrl("href");
                if (url.startsWith("https://site.test/")) {
                    String target = url.substring("https://site.test/".length()).replaceAll("#.*$", "");
                    if (target.isEmpty() || target.endsWith("/")) {
                        target += "index.html";
                    }
                    assertTrue(site.exists(target), path + " links to missing " + target);
                }
            }
        }
    }

    @Test
    void homePageIsPaginatedNewestFirst() {
        Document first = site.page("index.html");
        List<String> titles = first.select("#latest-title ~ .cards .card__title").eachText();
        assertEquals(6, titles.size());
        assertEquals("Written with a JBake header", titles.get(0));
        assertNotNull(first.selectFirst(".pagination a[rel=next][href=2/index.html]"));
        Document second = site.page("2/index.html");
        assertNotNull(second.selectFirst(".pagination a[rel=prev][href=../index.html]"));
        assertTrue(second.select(".card__title").eachText().contains("Filler article 1"));
    }

    @Test
    void draftsAndFuturePostsAreNotPublishedAnywhere() {
        assertFalse(site.exists("articles/secret-draft.html"));
        assertFalse(site.exists("articles/scheduled-post.html"));
        assertFalse(site.exists("tags/drafts-only.html"));
        for (String file : site.files()) {
            assertFalse(file.contains("-draft"), file);
            if (file.endsWith(".html") || file.endsWith(".xml")) {
                String text = site.text(file);
                assertFalse(text.contains("Secret draft"), file + " mentions the draft");
                assertFalse(text.contains("Scheduled post"), file + " mentions the future post");
            }
        }
    }

    @Test
    void aHostileTitleIsTextEverywhereItAppears() {
        String title = "<script>alert(1)</script> & \"quotes\"";
        for (String path : List.of("articles/hostile-title.html", "index.html", "articles.html", "tags/safety.html")) {
            Document page = site.page(path);
            assertTrue(page.body().select("script").isEmpty(), path + " has a script element in its body");
            for (org.jsoup.nodes.Element script : page.select("script:not([type=application/ld+json])")) {
                assertFalse(script.data().contains("alert(1)"), path + " runs the title as a script");
            }
            assertTrue(page.text().contains(title), path + " does not show the title as text");
        }
        Document article = site.page("articles/hostile-title.html");
        assertEquals(title + " | Which Therapist?", article.title());
        assertEquals("A summary with <b>tags</b> & \"quotes\". </script><script>alert(2)</script> <img src=x onerror=alert(3)>"
                + " javascript:alert(4)", article.selectFirst("meta[name=description]").attr("content"));
        assertTrue(article.select(".lead b").isEmpty(), "summary markup must not become HTML");
        Document feed = site.xml("feed.xml");
        assertTrue(feed.select("entry > title").eachText().contains(title), "feed entry title");
        assertFalse(site.text("feed.xml").contains("<script>"), "feed must escape the title");
    }

    @Test
    void yamlAndJbakeHeadersBothWork() {
        Document nativeHeader = site.page("articles/native-header.html");
        assertEquals("Written with a JBake header", nativeHeader.selectFirst("h1").text());
        assertTrue(site.exists("tags/native.html"));
        assertEquals("This article uses JBake's own header format.", nativeHeader.selectFirst(".lead").text());
    }

    @Test
    void articleShowsDatesSourcesHealthNoteTagsAndWhatItIsAbout() {
        Document page = site.page("articles/markdown-features.html");
        assertEquals("2026-03-02", page.selectFirst(".page-dates time").attr("datetime"));
        assertTrue(page.selectFirst(".byline").text().contains("on 2 March 2026"));
        assertEquals(1, page.select(".byline time[datetime=2026-03-02], .page-reviewed time").size(),
                "the review date is shown once");
        assertEquals(List.of("The Chartered Society of Physiotherapy", "Check the register"),
                page.select(".sources li a").eachText(), "cited first, then the rest");
        assertEquals("../urgent-care-advice.html", page.selectFirst(".sources > p > a").attr("href"),
                "the care box's sources are on the care advice's page, linked under the page's own");
        Document care = site.page("urgent-care-advice.html");
        assertEquals(List.of("When to use 111", "When to go to A&E"), care.select(".sources li a").eachText(),
                "the care texts' sources, each once, card by card from the least serious (as a self-care page's box shows them)");
        assertTrue(care.selectFirst(".prose").text().contains("Checked by Sam Example, HCPC-registered physiotherapist,"
                + " on 1 March 2026."), care.selectFirst(".prose").text());
        assertTrue(page.selectFirst(".health-note").text().contains("not medical advice"));
        assertEquals(List.of("markdown", "safety"), page.select(".tags a").eachText());
        assertEquals(List.of("Alpha therapist", "Beta therapist"), page.select("#about-disciplines ~ ul a").eachText());
        assertFalse(site.page("about.html").select(".health-note").size() > 0, "plain pages have no health note");
    }

    @Test
    void articlesLinkToTheirNeighbours() {
        Document page = site.page("articles/markdown-features.html");
        assertEquals("../articles/native-header.html", page.selectFirst(".prev-next a[rel=next]").attr("href"));
        assertEquals("../articles/hostile-title.html", page.selectFirst(".prev-next a[rel=prev]").attr("href"));
        Document oldest = site.page("articles/filler-1.html");
        assertEquals(List.of("../articles/filler-2.html"), oldest.select(".prev-next a").eachAttr("href"), "oldest: only newer");
        Document newest = site.page("articles/native-header.html");
        assertEquals(List.of("../articles/markdown-features.html"), newest.select(".prev-next a").eachAttr("href"),
                "newest: only older");
    }

    @Test
    void feedSitemapAndRobotsDescribeThePublishedSite() {
        Document feed = site.xml("feed.xml");
        assertEquals(9, feed.select("entry").size());
        assertEquals("https://www.example.com/articles/native-header.html",
                feed.selectFirst("entry > link").attr("href"));
        assertEquals("2026-03-03T00:00:00Z", feed.selectFirst("feed > updated").text());
        List<String> locs = site.xml("sitemap.xml").select("url > loc").eachText();
        assertTrue(locs.contains("https://www.example.com/disciplines/alpha-therapist.html"));
        assertTrue(locs.contains("https://www.example.com/about.html"));
        assertFalse(locs.stream().anyMatch(l -> l.contains("secret-draft") || l.contains("scheduled-post")));
        assertTrue(site.text("robots.txt").contains("Sitemap: https://www.example.com/sitemap.xml"));
    }

    @Test
    void tagPagesListTheirPagesAndTheTagIndexListsEveryTag() {
        List<String> safety = site.page("tags/safety.html").select(".card__title").eachText();
        assertEquals(2, safety.size());
        assertTrue(safety.contains("Markdown features"));
        List<String> topics = site.page("tags/index.html").select(".topic-list a").eachText();
        assertTrue(topics.containsAll(List.of("filler", "markdown", "native", "safety")), topics.toString());
    }

    @Test
    void errorPageUsesFullAddressesBecauseHostsServeItAnywhere() {
        Document page = site.page("404.html");
        assertEquals("https://www.example.com/favicon.svg", page.selectFirst("link[rel=icon]").attr("href"));
        assertEquals("https://www.example.com/index.html", page.selectFirst("main a").attr("href"));
        assertEquals("Page not found", page.selectFirst("h1").text());
    }

    @Test
    void theBuildReportCountsWhatItWrote() {
        assertEquals(26, site.report().pages(), "18 content pages, the three people's pages, the four about who runs the site"
                + " and the care advice's");
        assertEquals(site.files().size(), site.report().written().files());
        assertTrue(site.report().summary().startsWith("Built 26 pages"), site.report().summary());
    }
}
