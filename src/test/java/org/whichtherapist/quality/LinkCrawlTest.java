package org.whichtherapist.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A crawler on the served site, from index.html: it follows every link, loads every stylesheet,
 * script, icon, picture and the search index a page refers to, and checks every #anchor. Addresses
 * on the published host (canonical links, the 404 page's links) are checked on the test server.
 */
class LinkCrawlTest {
    private static final String PUBLISHED_HOST = "https://www.example.com/";

    static Stream<Arguments> sites() {
        return Stream.of(Arguments.of("real", ServedSite.real()), Arguments.of("fixture", ServedSite.fixture()));
    }

    /** What the crawl saw: pages reached, addresses checked, problems found. */
    record Crawl(Set<String> pages, int references, List<String> problems) {
    }

    static Crawl crawl(ServedSite site, List<String> starts) {
        Map<String, Integer> status = new HashMap<>();
        Map<String, Document> parsed = new HashMap<>();
        Set<String> pages = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        int references = 0;
        for (String start : starts) {
            queue.add(site.url(start));
        }
        while (!queue.isEmpty()) {
            String url = queue.poll();
            String path = site.pathOf(url);
            if (!pages.add(path)) {
                continue;
            }
            Document page = fetchPage(site, url, status, parsed);
            if (page == null) {
                problems.add(path + " does not load (" + status.get(url) + ")");
                continue;
            }
            for (Reference ref : references(page)) {
                references++;
                URI target = URI.create(ref.url.startsWith(PUBLISHED_HOST)
                        ? site.base() + ref.url.substring(PUBLISHED_HOST.length()) : ref.url);
                if (!target.toString().startsWith(site.base())) {
                    continue; // mailto:, tel: and other sites: their form is checked by the build's LinkCheck
                }
                String address = target.toString().replaceAll("#.*$", "");
                int code = status.computeIfAbsent(address, a -> site.get(a).statusCode());
                if (code != 200) {
                    problems.add(path + ": " + ref.what + " " + ref.url + " answers " + code);
                    continue;
                }
                String targetPath = site.pathOf(address);
                boolean isPage = targetPath.isEmpty() || targetPath.endsWith(".html") || targetPath.endsWith("/");
                if (ref.follow && isPage) {
                    queue.add(targetPath.isEmpty() || targetPath.endsWith("/") ? address + "index.html" : address);
                }
                String fragment = target.getRawFragment();
                if (fragment != null && !fragment.isEmpty()) {
                    Document linked = isPage ? fetchPage(site, address, status, parsed) : null;
                    String id = java.net.URLDecoder.decode(fragment, StandardCharsets.UTF_8);
                    if (linked == null || (linked.getElementById(id) == null && linked.selectFirst("a[name=" + id + "]") == null)) {
                        problems.add(path + ": " + ref.url + " points at a missing anchor #" + id);
                    }
                }
            }
        }
        return new Crawl(pages, references, problems);
    }

    private record Reference(String what, String url, boolean follow) {
    }

    private static List<Reference> references(Document page) {
        List<Reference> refs = new ArrayList<>();
        for (Element a : page.select("a[href]")) {
            refs.add(new Reference("link", a.absUrl("href"), true));
        }
        for (Element link : page.select("link[href]")) {
            boolean follow = link.attr("rel").equals("canonical") || link.attr("rel").equals("alternate") && link.hasAttr("hreflang");
            refs.add(new Reference("<link rel=" + link.attr("rel") + ">", link.absUrl("href"), follow));
        }
        for (Element meta : page.select("meta[property=og:url], meta[property=og:image], meta[name=twitter:image]")) {
            refs.add(new Reference(meta.attr("property") + meta.attr("name"), meta.attr("content"), false));
        }
        for (Element src : page.select("script[src], img[src], source[src], iframe[src]")) {
            refs.add(new Reference("<" + src.tagName() + ">", src.absUrl("src"), false));
        }
        for (Element set : page.select("img[srcset], source[srcset]")) {
            for (String candidate : set.attr("srcset").split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                refs.add(new Reference("srcset", URI.create(page.location()).resolve(url).toString(), false));
            }
        }
        for (Element form : page.select("form[action]")) {
            refs.add(new Reference("form", form.absUrl("action"), true));
        }
        for (Element index : page.select("[data-index]")) {
            refs.add(new Reference("search index", index.absUrl("data-index"), false));
        }
        return refs;
    }

    private static Document fetchPage(ServedSite site, String url, Map<String, Integer> status, Map<String, Document> parsed) {
        if (parsed.containsKey(url)) {
            return parsed.get(url);
        }
        HttpResponse<byte[]> response = site.get(url);
        status.put(url, response.statusCode());
        Document page = null;
        if (response.statusCode() == 200) {
            page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), url);
        }
        parsed.put(url, page);
        return page;
    }

    @ParameterizedTest(name = "{0} site")
    @MethodSource("sites")
    void aCrawlFromTheHomePageReachesEveryPageAndNothingIsMissing(String name, ServedSite site) {
        Crawl crawl = crawl(site, List.of("index.html", "404.html"));
        assertEquals(List.of(), crawl.problems(), String.join("\n", crawl.problems()));
        Set<String> unreached = new LinkedHashSet<>(site.built().readerPages());
        unreached.removeAll(crawl.pages());
        unreached.remove("404.html");
        assertEquals(Set.of(), unreached, "not linked from anywhere");
        assertTrue(crawl.references() > 20 * crawl.pages().size(), crawl.references() + " references checked");
    }

    @Test
    void theCrawlerNoticesABrokenLinkAndAMissingAnchor() throws Exception {
        ServedSite site = ServedSite.fixture();
        java.nio.file.Path page = site.built().output().resolve("broken-links-probe.html");
        java.nio.file.Files.writeString(page, "<!DOCTYPE html><title>x</title><a href=\"nowhere.html\">a</a>"
                + "<a href=\"about.html#no-such-anchor\">b</a><img src=\"missing.png\" alt=\"\">");
        try {
            List<String> problems = crawl(site, List.of("broken-links-probe.html")).problems();
            assertEquals(3, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("nowhere.html answers 404"), problems.toString());
        } finally {
            java.nio.file.Files.delete(page);
        }
    }
}
