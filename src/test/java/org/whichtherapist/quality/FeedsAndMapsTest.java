package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;
import org.whichtherapist.BuiltSite;
import org.whichtherapist.TestSites;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/** The feed, sitemap and robots.txt of both sites, read by real parsers as a feed reader or crawler would. */
class FeedsAndMapsTest {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    static Stream<Arguments> sites() {
        return Stream.of(Arguments.of("real", TestSites.real()), Arguments.of("fixture", TestSites.fixture()));
    }

    private static String host(BuiltSite site) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(site.project().resolve("jbake.properties"))) {
            settings.load(in);
        }
        String host = settings.getProperty("site.host");
        assertTrue(host.matches("https://[^/]+/"), host);
        return host;
    }

    /** The published articles: every page in articles/. */
    private static Set<String> articles(BuiltSite site) {
        return new TreeSet<>(site.htmlPages().stream().filter(p -> p.startsWith("articles/")).toList());
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void theAtomFeedParsesAndHasEveryPublishedArticleWithAbsoluteLinks(String name, BuiltSite site) throws Exception {
        String host = host(site);
        SyndFeed feed;
        try (XmlReader in = new XmlReader(site.output().resolve("feed.xml").toFile())) {
            feed = new SyndFeedInput().build(in);
        }
        assertEquals("atom_1.0", feed.getFeedType());
        assertFalse(feed.getTitle().isBlank());
        assertNotNull(feed.getPublishedDate(), "the feed says when it was updated");
        assertTrue(feed.getLinks().stream().map(SyndLink::getHref).toList().contains(host + "feed.xml"),
                "the feed links to itself");
        Set<String> inFeed = new TreeSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink();
            assertTrue(link.startsWith(host), "not an absolute link on the site: " + link);
            String path = link.substring(host.length());
            assertTrue(site.exists(path), link + " leads to no page");
            assertTrue(inFeed.add(path), path + " is in the feed twice");
            assertEquals(link, entry.getUri(), "the entry's id is its address");
            assertFalse(entry.getTitle().isBlank(), link);
            assertFalse(entry.getDescription().getValue().isBlank(), link + " has no summary");
            assertNotNull(entry.getPublishedDate(), link);
            assertNotNull(entry.getUpdatedDate(), link);
        }
        assertEquals(articles(site), inFeed, "the feed has every published article and nothing else");
        assertTrue(inFeed.size() >= 9, inFeed.size() + " entries");
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void theSitemapListsEveryPublishedPageAndNothingElse(String name, BuiltSite site) throws Exception {
        String host = host(site);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(site.output().resolve("sitemap.xml").toFile());
        assertEquals(SITEMAP_NS, sitemap.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        NodeList locs = sitemap.getElementsByTagNameNS(SITEMAP_NS, "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String url = locs.item(i).getTextContent().trim();
            assertTrue(url.startsWith(host), "not an absolute address on the site: " + url);
            String path = url.substring(host.length());
            listed.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        }
        Set<String> published = new TreeSet<>(site.readerPages());
        published.remove("404.html");
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "a page is listed twice: " + listed);
        assertEquals(published, new TreeSet<>(listed), "the sitemap lists every published page and nothing else");
        NodeList lastmods = sitemap.getElementsByTagNameNS(SITEMAP_NS, "lastmod");
        for (int i = 0; i < lastmods.getLength(); i++) {
            assertTrue(lastmods.item(i).getTextContent().matches("\\d{4}-\\d{2}-\\d{2}"), lastmods.item(i).getTextContent());
        }
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void robotsTxtAllowsCrawlingAndPointsAtTheSitemap(String name, BuiltSite site) throws Exception {
        List<String> lines = site.text("robots.txt").lines().map(String::strip).toList();
        assertTrue(lines.contains("User-agent: *"), lines.toString());
        assertFalse(lines.contains("Disallow: /"), "the whole site is closed to crawlers");
        List<String> sitemaps = lines.stream().filter(l -> l.startsWith("Sitemap:")).toList();
        assertEquals(List.of("Sitemap: " + host(site) + "sitemap.xml"), sitemaps);
        assertTrue(site.exists("sitemap.xml"));
    }
}
